# Windows: install desktop-ocr with its test tools, lint, and run the whole test suite headless.
# Usage (PowerShell, from the repository):  powershell -ExecutionPolicy Bypass -File scripts\test.ps1
$ErrorActionPreference = "Stop"
$root = Split-Path -Parent $PSScriptRoot
$venv = Join-Path $root ".venv"
if (-not (Test-Path (Join-Path $venv "Scripts\python.exe"))) { py -3 -m venv $venv }
$py = Join-Path $venv "Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q -e "$root[dev]"
Set-Location $root
& (Join-Path $venv "Scripts\ruff.exe") check .
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
$env:QT_QPA_PLATFORM = "offscreen"
& $py -m pytest -q @args
exit $LASTEXITCODE
