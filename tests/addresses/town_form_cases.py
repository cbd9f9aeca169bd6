"""Belize address forms the Belmopan sample does not exercise (issue 8, item 3), English
and Spanish, parsed with the place names of a two-town reference layer (Orange Walk Town,
San Roberto Village; both synthetic here). Only the fields named are checked."""

DATA_PLACES = ["Orange Walk Town", "San Roberto Village", "Santa Ana"]

H, S, T, X, L, LC, LT, M, LOT = ("house_number", "streets", "towns", "intersection", "landmark",
                                 "landmark_core", "landmark_town", "mile", "lot")

CASES = [
    # abbreviated towns: initials with or without dots, Sta./Sn., Town / Village / district after it
    ("12 Main St, O.W.", {H: 12, S: ["main street"], T: ["orange walk"]}),
    ("12 Main St, OW", {H: 12, S: ["main street"], T: ["orange walk"]}),
    ("12 Main St OW", {H: 12, S: ["main street"], T: ["orange walk"]}),
    ("12 Main St, O. W. Town", {H: 12, T: ["orange walk"]}),
    ("12 Main St, OW Town, Orange Walk District", {H: 12, T: ["orange walk"]}),
    ("12 Calle Principal, O.W., O.W.D.", {H: 12, S: ["principal street"], T: ["orange walk"]}),
    ("Calle Real, Sn. Roberto", {S: ["real street"], T: ["san roberto"]}),
    ("Calle Real, S.R.", {S: ["real street"], T: ["san roberto"]}),
    ("Main St, Sta. Elena, Cayo District", {S: ["main street"], T: ["santa elena"]}),
    ("Main St, Sta Elena Town, C.D.", {S: ["main street"], T: ["santa elena"]}),
    ("Main St, S.I., Cayo", {S: ["main street"], T: ["san ignacio"]}),
    ("Calle Real, San Roberto Vill.", {S: ["real street"], T: ["san roberto"]}),
    ("Calle Real, Aldea San Roberto", {S: ["real street"], T: ["san roberto"], "places": []}),
    ("Calle Real, Village of San Roberto", {S: ["real street"], T: ["san roberto"], "places": []}),
    ("Main St, Town of Orange Walk", {S: ["main street"], T: ["orange walk"], "places": []}),
    ("Calle Real, distrito de Orange Walk", {S: ["real street"], T: []}),
    # a town straight after the street, no comma
    ("12 Main Street Orange Walk Town", {H: 12, S: ["main street"], T: ["orange walk"]}),
    ("Main Street San Roberto", {S: ["main street"], T: ["san roberto"]}),
    ("Calle Hidalgo San Roberto Cayo", {S: ["hidalgo street"], T: ["san roberto"]}),
    ("Calle Santa Ana", {S: ["santa ana street"], T: []}),
    ("Santa Ana Street", {S: ["santa ana street"], T: []}),
    # Lot / Plot / No. / # before or after the street, before a comma
    ("Lot 5 Main Street, OW", {H: 5, LOT: True, S: ["main street"], T: ["orange walk"]}),
    ("Main Street Lot 5, OW", {H: 5, LOT: True, S: ["main street"]}),
    ("Plot 7, Main St, San Roberto", {H: 7, LOT: True, S: ["main street"]}),
    ("Main St Plot 7, San Roberto", {H: 7, LOT: True}),
    ("No. 14, Main St, OW", {H: 14, S: ["main street"]}),
    ("Main St No. 14, OW", {H: 14, S: ["main street"]}),
    ("#14 Main St OW", {H: 14, S: ["main street"], T: ["orange walk"]}),
    ("Main St #14, OW", {H: 14, S: ["main street"]}),
    ("Lote 3, Calle Real, San Roberto", {H: 3, LOT: True, S: ["real street"]}),
    ("Calle Real Lote 3, San Roberto", {H: 3, LOT: True, S: ["real street"]}),
    ("Casa No. 9, Calle Real", {H: 9, S: ["real street"]}),
    # numbers after the street name
    ("Main Street 12, Orange Walk", {H: 12, S: ["main street"], T: ["orange walk"]}),
    ("Calle Real 45, San Roberto", {H: 45, S: ["real street"]}),
    ("Avenida Hidalgo #15, OW", {H: 15, S: ["hidalgo avenue"]}),
    # corners: base names only, at / & / y / con / esq.
    ("corner Main and Church, OW", {S: ["main", "church"], X: True, T: ["orange walk"]}),
    ("Church St & Main St, San Roberto", {S: ["church street", "main street"], X: True}),
    ("Church St / Main St", {S: ["church street", "main street"], X: True}),
    ("esq. Real y Hidalgo, San Roberto", {S: ["real", "hidalgo"], X: True, T: ["san roberto"]}),
    ("esquina Calle Real con Calle Hidalgo", {S: ["real street", "hidalgo street"], X: True}),
    ("Calle Real esquina Hidalgo", {S: ["real street", "hidalgo"], X: True}),
    ("cnr. of Main & Church", {S: ["main", "church"], X: True}),
    # landmarks with their town before or after them
    ("Orange Walk Police Station", {L: "orange walk police station", LC: "police station", LT: "orange walk"}),
    ("the police station, Orange Walk", {L: "police station", T: ["orange walk"]}),
    ("opposite the police station OW", {L: "police station", T: ["orange walk"]}),
    ("frente a la policía de San Roberto", {L: "police station", T: ["san roberto"]}),
    ("San Roberto, frente al mercado", {L: "market", T: ["san roberto"]}),
    ("detrás del mercado, San Roberto Village", {L: "market", T: ["san roberto"]}),
    ("behind San Roberto Market", {L: "san roberto market", LC: "market", LT: "san roberto"}),
    # fractional miles
    ("Mile 49 1/2 Northern Highway", {M: 49.5, S: ["northern highway"]}),
    ("Mile 49½ Northern Hwy, OW", {M: 49.5, T: ["orange walk"]}),
    ("Mile 49.5 Northern Highway", {M: 49.5}),
    ("Milla 49 y media, Carretera del Norte", {M: 49.5}),
    ("Mile 49 and a half Northern Hwy", {M: 49.5}),
    ("Mile 12 1/4 Old Northern Highway, Orange Walk District", {M: 12.25, T: []}),
    # a town or neighbourhood alone
    ("Orange Walk Town", {T: ["orange walk"], S: []}),
    ("Santa Ana, Orange Walk", {T: ["santa ana", "orange walk"]}),
    ("OW", {T: ["orange walk"]}),
]
