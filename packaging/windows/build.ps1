# Build crmnote for Windows: the one-folder bundle (PyInstaller) and its installer (Inno Setup).
#
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# Run from anywhere on a Windows 10/11 x64 machine with Python 3.11+ (py launcher) and Inno
# Setup 6.3+ (ISCC.exe on PATH, or ISCC set to its path). Writes dist\crmnote\ and
# dist\crmnote-VERSION-windows-x64-setup.exe. The version comes from crmnote\__init__.py.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path .venv)) { py -3 -m venv .venv }
.venv\Scripts\python -m pip install --quiet --upgrade pip
.venv\Scripts\python -m pip install --quiet -e ".[package]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

# The single source of the version.
$version = (.venv\Scripts\python -c "import crmnote; print(crmnote.__version__)").Trim()

.venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\crmnote.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$said = (& dist\crmnote\crmnote-cli.exe --version).Trim()
if ($said -ne "crmnote $version") { throw "the bundle says '$said', not 'crmnote $version'" }

$iscc = if ($env:ISCC) { $env:ISCC } else { "ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\crmnote.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Get-Item "dist\crmnote-$version-windows-x64-setup.exe"
