@echo off
rem Installs wijkinfo for this user: a venv in .venv, the package, the translations, a shortcut.
setlocal
cd /d "%~dp0\.."
where python >nul 2>nul || (echo Python is niet gevonden. Installeer Python 3.11 of nieuwer van python.org. & exit /b 2)
python -m venv .venv || exit /b 2
.venv\Scripts\python -m pip install --upgrade pip || exit /b 2
.venv\Scripts\python -m pip install -e . || exit /b 2
for %%T in (resources\translations\*.ts) do .venv\Scripts\pyside6-lrelease -silent %%T -qm %%~dpnT.qm
powershell -NoProfile -Command "$s=(New-Object -ComObject WScript.Shell).CreateShortcut([Environment]::GetFolderPath('Desktop')+'\wijkinfo.lnk'); $s.TargetPath='%CD%\.venv\Scripts\wijkinfo-gui.exe'; $s.WorkingDirectory='%CD%'; $s.Save()"
echo wijkinfo is geinstalleerd. Start het met de snelkoppeling op het bureaublad.
