#!/usr/bin/env python3
"""Fill workbooks in LibreOffice Calc, recalculate every formula and save them again.

Usage: recalculate.py JOBS.json

JOBS.json is a list of jobs, each {"in": PATH, "out": PATH, "fill": [[SHEET, ROW,
COLUMN, TEXT], ...]} with rows and columns from 0. Each workbook is opened, each cell
of "fill" is given its text (as a person choosing from a drop-down or typing would),
every formula is recalculated, and the workbook is saved as .xlsx to "out", with the
values LibreOffice computed stored beside the formulas.

Runs one headless LibreOffice for all the jobs (python3-uno), with its own profile in
a temporary folder, and stops it at the end. Exits non-zero, with a one-line message,
on any failure.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def connect(pipe, process, timeout=120.0):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + timeout
    while True:
        try:
            return resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe
            )
        except NoConnectException:
            if process.poll() is not None:
                raise RuntimeError("LibreOffice stopped with status %s" % process.returncode)
            if time.monotonic() > deadline:
                raise RuntimeError("LibreOffice did not answer in %.0f s" % timeout)
            time.sleep(0.25)


def run(jobs):
    profile = tempfile.mkdtemp(prefix="mhics-lo-")
    pipe = "mhics-recalculate-%d" % os.getpid()
    soffice = os.environ.get("MHICS_SOFFICE", "soffice")
    process = subprocess.Popen(
        [
            soffice,
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "-env:UserInstallation=" + url(profile),
            "--accept=pipe,name=%s;urp;" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    desktop = None
    try:
        context = connect(pipe, process)
        desktop = context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )
        for job in jobs:
            doc = desktop.loadComponentFromURL(
                url(job["in"]), "_blank", 0, (prop("Hidden", True),)
            )
            if doc is None:
                raise RuntimeError("cannot open %s" % job["in"])
            try:
                for sheet, row, column, text in job.get("fill", []):
                    cell = doc.Sheets.getByName(sheet).getCellByPosition(column, row)
                    cell.setString(text)
                doc.calculateAll()
                doc.storeToURL(
                    url(job["out"]),
                    (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)),
                )
            finally:
                doc.close(True)
    finally:
        if desktop is not None:
            try:
                desktop.terminate()
            except Exception:  # the bridge closes as LibreOffice stops
                pass
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(profile, ignore_errors=True)


def main():
    if len(sys.argv) != 2:
        sys.stderr.write("usage: recalculate.py JOBS.json\n")
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        jobs = json.load(f)
    try:
        run(jobs)
    except Exception as e:  # one line, whatever went wrong
        sys.stderr.write("recalculate.py: %s\n" % " ".join(str(e).split()))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
