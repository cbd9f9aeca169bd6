"""infosegura:printatlas on the demo analysis: a cover then one page per neighbourhood,
drawn, in the user's language, without sensitive places."""

import datetime
import re
import shutil
import subprocess
import unicodedata

import pytest
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator
from qgis.PyQt.QtGui import QImage

from .conftest import ROOT, table
from .planted import MARK, planted_assets, planted_conflicts


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _text(pdf, first=None, last=None) -> str:
    args = ["pdftotext", "-layout"] + (["-f", str(first), "-l", str(last)] if first else []) + [str(pdf), "-"]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFKC", text)  # the PDF's "ﬁ" ligatures as "fi"


def _ranked_names(analysis):
    profiles = table(analysis, "community_profiles")
    return [f["name"] for f in sorted(profiles.getFeatures(), key=lambda f: f["rank"])]


def _atlas_parameters(analysis, output, **extra):
    premises = table(analysis, "licensed_premises")
    return dict({
        "AREAS": table(analysis, "community_profiles"), "RISK_GRID": table(analysis, "hot_spots"),
        "OUTLETS": premises,
        "CONFLICTS": planted_conflicts(table(analysis, "proximity_conflicts"), premises),
        "ASSETS": planted_assets(table(analysis, "community_assets"), premises),
        "TITLE": "Belmopan (synthetic sample)", "OUTPUT": str(output)}, **extra)


@pytest.fixture(scope="module")
def atlas(analysis, run_algorithm, tmp_path_factory):
    output = tmp_path_factory.mktemp("atlas") / "belmopan_atlas.pdf"
    return run_algorithm("infosegura:printatlas", _atlas_parameters(analysis, output))


def test_one_page_per_neighbourhood_after_the_cover(atlas, analysis):
    assert shutil.which("pdfinfo"), "make setup installs poppler-utils"
    neighbourhoods = table(analysis, "community_profiles").featureCount()
    assert atlas["PAGES"] == neighbourhoods + 1 == _pages(atlas["OUTPUT"])


def test_cover_ranks_the_communities_and_says_date_classification_and_model(atlas, analysis):
    cover = _text(atlas["OUTPUT"], 1, 1)
    for rank, name in enumerate(_ranked_names(analysis), start=1):  # the table row: rank, then name
        assert re.search(rf"(^|\s){rank}\s+{re.escape(name)}\s", cover, re.M), (rank, name)
    assert "RESTRICTED" in cover and "Risk model: expert-weighted" in cover
    assert QLocale().toString(datetime.date.today(), QLocale.LongFormat) in cover


def test_page_two_is_the_top_ranked_neighbourhood_drawn(atlas, analysis, tmp_path):
    page = _text(atlas["OUTPUT"], 2, 2)
    top = _ranked_names(analysis)[0]
    assert f"{top} — community risk profile" in page
    for heading in ("Profile", "Legend", "Licensed outlets", "Relative risk", "Mean relative risk", "RESTRICTED"):
        assert heading in page, heading
    subprocess.run(["pdftoppm", "-f", "2", "-l", "2", "-r", "60", "-png", str(atlas["OUTPUT"]),
                    str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert image.width() > image.height() > 400  # A4 landscape
    # The map frame is drawn: many colours inside it (risk classes, points), not a blank page.
    colours = {image.pixel(x, y) for x in range(40, int(image.width() * 0.64), 3)
               for y in range(60, int(image.height() * 0.88), 3)}
    assert len(colours) > 30


def test_no_sensitive_place_name_or_legend_class_anywhere_in_the_atlas(atlas):
    text = _text(atlas["OUTPUT"])
    assert MARK not in text
    assert "Shelter" not in text and "sensitive)" not in text


def test_a_restyled_template_must_keep_the_item_ids(analysis, run_algorithm, tmp_path):
    template = (ROOT / "resources" / "layouts" / "infosegura_atlas.qpt").read_text(encoding="utf-8")
    broken = tmp_path / "mine.qpt"
    broken.write_text(template.replace('id="page_legend"', 'id="my_legend"'), encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="lacks the items page_legend"):
        run_algorithm("infosegura:printatlas", _atlas_parameters(analysis, tmp_path / "a.pdf", TEMPLATE=str(broken)))
    assert not (tmp_path / "a.pdf").exists()


@pytest.fixture
def spanish(tmp_path):
    qm = tmp_path / "infosegura_es.qm"
    subprocess.run(["lrelease", str(ROOT / "i18n" / "infosegura_es.ts"), "-qm", str(qm)], check=True,
                   capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Spanish, QLocale.Belize))
    yield
    QLocale.setDefault(previous)
    QCoreApplication.removeTranslator(translator)


def test_the_atlas_follows_the_users_language(spanish, analysis, run_algorithm, tmp_path):
    result = run_algorithm("infosegura:printatlas", _atlas_parameters(analysis, tmp_path / "atlas_es.pdf"))
    cover, page = _text(result["OUTPUT"], 1, 1), _text(result["OUTPUT"], 2, 2)
    assert "Comunidades ordenadas por riesgo" in cover and "RESTRINGIDO" in cover
    assert "Perfil" in page and "Leyenda" in page and "perfil de riesgo" in page
