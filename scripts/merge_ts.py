#!/usr/bin/env python3
"""Git merge driver for Qt .ts catalogues: the union of both sides' messages.

Two branches that each add strings (and their translations) to ``i18n/*.ts`` conflict
line by line although nothing contradicts. This driver keeps every (context, source)
message of either side, preferring a finished translation, then ours. Run ``make i18n``
afterwards to drop strings no code uses any more and to refresh locations.

Enable once per clone (``make setup`` does it)::

    git config merge.qt-ts.driver "python3 scripts/merge_ts.py %O %A %B"

``.gitattributes`` routes ``i18n/*.ts`` to it.
"""

import sys
import xml.etree.ElementTree as ET


def _messages(path):
    root = ET.parse(path).getroot()
    order, messages = [], {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in messages:
                order.append(key)
            messages[key] = message
    return root, order, messages


def _finished(message) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") != "unfinished" and bool(
        (translation.text or "").strip())


def merge(ours_path, theirs_path, out_path):
    root, order, ours = _messages(ours_path)
    _root, their_order, theirs = _messages(theirs_path)
    for key in their_order:
        if key not in ours:
            order.append(key)
            ours[key] = theirs[key]
        elif not _finished(ours[key]) and _finished(theirs[key]):
            ours[key] = theirs[key]
    by_context = {}
    for name, source in order:
        by_context.setdefault(name, []).append(ours[(name, source)])
    for context in list(root.findall("context")):
        root.remove(context)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for message in by_context[name]:
            context.append(message)
    # pylupdate5's layout: contexts at the margin, messages indented, "/>" unspaced.
    for context in root.findall("context"):
        ET.indent(context, space="    ")
        context.text = "\n    "
        context.tail = "\n"
    root.text = "\n"
    body = ET.tostring(root, encoding="unicode").replace(" />", "/>")
    with open(out_path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


if __name__ == "__main__":
    _base, ours_file, theirs_file = sys.argv[1:4]
    merge(ours_file, theirs_file, ours_file)
