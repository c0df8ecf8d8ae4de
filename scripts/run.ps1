# Windows: create the virtualenv if needed, install desktop-ocr and start it.
# Usage (PowerShell, from the repository):  powershell -ExecutionPolicy Bypass -File scripts\run.ps1
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
$venv = Join-Path $root ".venv"
if (-not (Test-Path (Join-Path $venv "Scripts\python.exe"))) { py -3 -m venv $venv }
& (Join-Path $venv "Scripts\python.exe") -m pip install -q --upgrade pip
& (Join-Path $venv "Scripts\python.exe") -m pip install -q -e $root
& (Join-Path $venv "Scripts\desktop-ocr.exe") @args
exit $LASTEXITCODE
