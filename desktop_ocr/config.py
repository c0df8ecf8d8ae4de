"""Settings: one declaration of every setting, and the value object that holds them.

Why (NormCap's ``DEFAULT_SETTINGS``, typed): each setting is declared once, as a
field of a frozen dataclass *section* made with :func:`setting` — its type, its
default, its environment variable, whether it is secret, and how the settings
dialog shows it.  The saved settings (``settings_store``), the command line's
help, the settings dialog and the GUI's ``settingsChanged`` signal are all made
from these declarations, so a new setting is one line.  The app's own sections
live here; each backend declares its section in its own module (its
``BackendDescription.settings_type``), so nothing here names a backend.

Secrets are never read from or written to a plain file: ``settings_store`` sends
every setting declared ``secret=True`` to the OS keyring (``desktop_ocr.secrets``).
Environment variable names are a fixed contract (see the README).
"""

from __future__ import annotations

import dataclasses
import os
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import cache
from typing import Any, ClassVar, TypeVar

T = TypeVar("T")

#: The key under which a field's :class:`SettingInfo` sits in its metadata.
SETTING = "desktop_ocr.setting"
ENV_PREFIX = "DESKTOP_OCR_"


@dataclass(frozen=True, slots=True)
class SettingInfo:
    """What the app needs to know about one setting besides its type and default.

    ``label``/``help``: (English, Chinese), as the settings dialog shows them.
    ``env``: the environment variable that overrides it (README contract).
    ``choices``: allowed values; ``choice_labels`` (English, Chinese) per choice
    when the values are not words for a clerk.  ``minimum``/``maximum``/``unit``
    bound a number; ``none_text`` is what "no value" is called for ``int | None``.
    ``kind="folder"`` offers a folder chooser.  ``shown=False``: remembered state
    (window geometry, last folder), not offered in the dialog.  ``required``: the
    section is not configured while it is empty.  ``advanced``: a protocol detail
    a clerk never needs (shown under "Advanced" in the dialog).
    """

    label: tuple[str, str] = ("", "")
    env: str = ""
    secret: bool = False
    choices: tuple[Any, ...] = ()
    choice_labels: tuple[tuple[str, str], ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    unit: tuple[str, str] = ("", "")
    none_text: tuple[str, str] = ("", "")
    kind: str = ""
    help: tuple[str, str] = ("", "")
    shown: bool = True
    required: bool = False
    advanced: bool = False


def setting(default: Any, **info: Any) -> Any:
    """Declare a field of a settings section (keyword arguments: :class:`SettingInfo`)."""
    for key in ("label", "unit", "none_text", "help"):
        if isinstance(info.get(key), str):
            info[key] = (info[key], info[key])
    return field(default=default, metadata={SETTING: SettingInfo(**info)})


@dataclass(frozen=True, slots=True)
class Setting:
    """One declared setting: ``key`` is ``section.name`` (``cloudwalk.envelope.mode``)."""

    key: str
    type: Any  # bool, int, float, str, or ``X | None``
    default: Any
    info: SettingInfo

    @property
    def section(self) -> str:
        return self.key.split(".", 1)[0]

    def label(self, language: str) -> str:
        """``language``: ``en`` or ``zh`` (as ``FieldSpec.label``)."""
        return _pick(self.info.label, language) or self.key

    def coerce(self, value: Any) -> Any:
        """``value`` (from JSON, a widget or the code) as this setting's type, or the
        default when it has the wrong type: a hand-edited file never stops the app."""
        kind, optional = value_type(self.type)
        if value is None:
            return None if optional else self.default
        if kind is bool:
            return value if isinstance(value, bool) else self.default
        if kind in (int, float):
            if isinstance(value, int | float) and not isinstance(value, bool):
                return kind(value)
            return self.default
        if kind is str:
            return value if isinstance(value, str) else self.default
        return value

    def from_text(self, text: str) -> Any:
        """An environment variable's text as this setting's value (choices match
        without regard to case: ``DESKTOP_OCR_CLOUDWALK_ENVELOPE=PLAIN`` is ``plain``)."""
        kind, _optional = value_type(self.type)
        text = text.strip()
        for choice in self.info.choices:
            if isinstance(choice, str) and choice.lower() == text.lower():
                return choice
        if kind is bool:
            return text.lower() in {"1", "true", "yes", "on"}
        if kind in (int, float):
            try:
                return kind(text)
            except ValueError:
                return self.default
        return text


def _pick(pair: tuple[str, str], language: str) -> str:
    return pair[1] if language.startswith("zh") and pair[1] else pair[0]


def value_type(kind: Any) -> tuple[Any, bool]:
    """(the value's type, whether ``None`` is allowed) of a setting typed ``X`` or ``X | None``."""
    if isinstance(kind, types.UnionType) or typing.get_origin(kind) is typing.Union:
        args = [a for a in typing.get_args(kind) if a is not type(None)]
        return (args[0] if len(args) == 1 else object), True
    return kind, False


@cache
def declared(name: str, section_type: type) -> tuple[Setting, ...]:
    """Every setting of a section class, nested sections flattened (``envelope.mode``)."""
    hints = typing.get_type_hints(section_type)
    out: list[Setting] = []
    defaults = section_type()
    for f in fields(section_type):
        value = getattr(defaults, f.name)
        if is_dataclass(value):
            out += [replace(s, key=f"{name}.{f.name}.{s.key.split('.', 1)[1]}")
                    for s in declared(name, type(value))]
        elif SETTING in f.metadata:
            out.append(Setting(f"{name}.{f.name}", hints[f.name], value, f.metadata[SETTING]))
    return tuple(out)


def section_label(section_type: type, language: str) -> str:
    """The title of a section (its ``label`` class variable: English, Chinese)."""
    return _pick(getattr(section_type, "label", ("", "")), language)


# ---------------------------------------------------------------- the app's own sections


@dataclass(frozen=True, slots=True)
class AppPreferences:
    """The clerk's choices (the command line shares them with the window).

    ``retention_days``: purge records older than this many days (``None``: keep).
    ``mask_ids_on_screen``: show ID numbers masked, for shared desks.
    """

    label: ClassVar[tuple[str, str]] = ("General", "常规")

    language: str = setting("", label=("Language:", "语言："), choices=("", "zh_CN", "en"),
                            choice_labels=(("Follow the system", "跟随系统"),
                                           ("中文", "中文"), ("English", "English")))
    mask_ids_on_screen: bool = setting(
        False, label=("Mask ID numbers on screen (shared desks)", "在屏幕上遮盖证件号码（共用工位）"))
    retention_days: int | None = setting(
        None, label=("Delete stored records after:", "保存的记录在以下时间后删除："),
        minimum=0, maximum=3650, unit=("days", "天"), none_text=("Keep forever", "永久保留"))
    watch_folder: str = setting("", label=("Scanner hot folder:", "扫描仪监视文件夹："),
                                kind="folder", help=("No watched folder", "未监视文件夹"))
    default_backend: str = setting("offline", shown=False)


@dataclass(frozen=True, slots=True)
class CheckingPreferences:
    """What the clerk must check before a record can be confirmed (``documents.review``).

    ``low_confidence``: a value read with less confidence (per cent) is amber.
    ``visit``: which amber fields must be visited (focused or accepted) first.
    """

    label: ClassVar[tuple[str, str]] = ("Checking", "核对")

    low_confidence: int = setting(
        80, label=("Amber below confidence:", "置信度低于此值标为黄色："), minimum=50,
        maximum=99, unit="%")
    visit: str = setting(
        "all", label=("Fields to visit before confirming:", "确认前必须查看的字段："),
        choices=("all", "uncertain", "none"),
        choice_labels=(("Every amber field", "所有黄色字段"),
                       ("Only fields read with doubt (low confidence, not found)",
                        "仅识别存疑的字段（置信度低、未找到）"),
                       ("None", "不要求")))


@dataclass(frozen=True, slots=True)
class ExportPreferences:
    """What the export dialog proposes."""

    label: ClassVar[tuple[str, str]] = ("Export", "导出")

    format: str = setting("xlsx", label=("Default format:", "默认格式："),
                          choices=("xlsx", "csv", "json"),
                          choice_labels=(("Excel workbook (.xlsx)", "Excel 工作簿 (.xlsx)"),
                                         ("CSV (.csv)", "CSV (.csv)"),
                                         ("JSON (.json)", "JSON (.json)")))
    confirmed_only: bool = setting(True, label=("Propose confirmed documents only",
                                                "默认仅导出已确认的证件"))
    audit: bool = setting(True, label=("Include each record's audit trail",
                                       "包含每条记录的核对记录"))
    # "": the window's language, until the clerk chooses one in the export dialog
    language: str = setting("", label=("Header language:", "表头语言："),
                            choices=("", "en", "zh"),
                            choice_labels=(("Same as the window", "与界面语言相同"),
                                           ("English", "English"), ("中文", "中文")))
    # Excel in most European locales expects ";" (the comma is their decimal mark).
    delimiter: str = setting("comma", label=("CSV delimiter:", "CSV 分隔符："),
                             choices=("comma", "semicolon", "tab"),
                             choice_labels=(("Comma", "逗号"), ("Semicolon", "分号"),
                                            ("Tab", "制表符")))


@dataclass(frozen=True, slots=True)
class TransportSettings:
    """HTTP behaviour shared by every cloud backend (``backends.http``)."""

    label: ClassVar[tuple[str, str]] = ("Connection", "连接")

    connect_timeout: float = setting(10.0, label=("Connect timeout:", "连接超时："),
                                     minimum=1, maximum=120, unit="s")
    read_timeout: float = setting(60.0, label=("Read timeout:", "读取超时："),
                                  minimum=1, maximum=600, unit="s")
    retries: int = setting(3, label=("Retries:", "重试次数："), minimum=0, maximum=10)
    backoff: float = setting(0.5, shown=False)
    verify_tls: bool = setting(True, label=("Verify TLS certificates", "验证 TLS 证书"))


@dataclass(frozen=True, slots=True)
class WindowState:
    """What the window remembers between sessions (not offered in the dialog)."""

    label: ClassVar[tuple[str, str]] = ("Window", "窗口")

    geometry: str = setting("", shown=False)  # base64 of Qt's saveGeometry()
    splitter: str = setting("", shown=False)  # base64 of the splitter's saveState()
    document_type: str = setting("auto", shown=False)  # for what is dropped next
    export_last_dir: str = setting("", shown=False)
    intake_last_dir: str = setting("", shown=False)


#: The app's own sections by name; each backend adds its own (``settings_store``).
APP_SECTIONS: dict[str, type] = {
    "preferences": AppPreferences,
    "checking": CheckingPreferences,
    "export": ExportPreferences,
    "transport": TransportSettings,
    "window": WindowState,
}


# ---------------------------------------------------------------- the value object


class Settings:
    """Every settings section by name: the app's (``preferences``, ``export``,
    ``transport``, ``window``) and one per backend that has settings.

    A section that is absent is its class's defaults: ``section(name, Type)``
    returns them, and two ``Settings`` are equal when every section they hold is
    equal, absent ones counted as defaults.  Sections read as attributes too
    (``settings.cloudwalk.base_url``).  Immutable: ``replace`` and ``with_values``
    return a new object.
    """

    __slots__ = ("_sections",)

    def __init__(self, sections: Mapping[str, Any] | None = None, /, **named: Any) -> None:
        object.__setattr__(self, "_sections", {**(sections or {}), **named})

    def __setattr__(self, name: str, value: Any) -> None:
        raise dataclasses.FrozenInstanceError(f"Settings are immutable ({name})")

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle by its sections (the window hands them to its recognition process)."""
        return (Settings, (dict(self._sections),))

    def __getattr__(self, name: str) -> Any:
        if name == "_sections":  # not set yet (copy, pickle)
            raise AttributeError(name)
        try:
            return self._sections[name]
        except KeyError:
            raise AttributeError(f"no settings section {name!r}") from None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Settings):
            return NotImplemented
        for name in self._sections.keys() | other._sections.keys():
            mine, theirs = self._sections.get(name), other._sections.get(name)
            if (mine if mine is not None else type(theirs)()) != (
                    theirs if theirs is not None else type(mine)()):
                return False
        return True

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Settings({self._sections!r})"

    def section(self, name: str, section_type: type[T]) -> T:
        value = self._sections.get(name)
        return value if isinstance(value, section_type) else section_type()

    @property
    def transport(self) -> TransportSettings:
        return self.section("transport", TransportSettings)

    def sections(self) -> dict[str, Any]:
        return dict(self._sections)

    def replace(self, **sections: Any) -> Settings:
        return Settings(self._sections, **sections)

    def settings(self) -> Iterator[tuple[Setting, Any]]:
        """Every declared setting of the sections held, with its value."""
        for name, value in self._sections.items():
            for s in declared(name, type(value)):
                yield s, self.get(s.key)

    def get(self, key: str) -> Any:
        """The value of ``section.name`` (``cloudwalk.envelope.mode``)."""
        section, *path = key.split(".")
        value = self._sections[section]
        for part in path:
            value = getattr(value, part)
        return value

    def with_values(self, values: Mapping[str, Any]) -> Settings:
        """A copy with the settings named by key changed (each coerced to its type)."""
        sections = dict(self._sections)
        for key, value in values.items():
            section, *path = key.split(".")
            spec = next((s for s in declared(section, type(sections[section]))
                         if s.key == key), None)
            if spec is None:
                raise KeyError(f"no setting {key!r} is declared")
            sections[section] = _replace_path(sections[section], path, spec.coerce(value))
        return Settings(sections)

    def changed_keys(self, other: Settings) -> frozenset[str]:
        """Keys whose value differs between ``self`` and ``other``."""
        mine = {s.key: v for s, v in self.settings()}
        theirs = {s.key: v for s, v in other.settings()}
        return frozenset(k for k in mine.keys() | theirs.keys() if mine.get(k) != theirs.get(k))


def _replace_path(obj: Any, path: list[str], value: Any) -> Any:
    head, *rest = path
    return replace(obj, **{head: _replace_path(getattr(obj, head), rest, value)
                           if rest else value})


#: The former name, from when only backends had settings.
BackendSettings = Settings


def apply_environment(settings: Settings, env: Mapping[str, str] | None = None) -> Settings:
    """``settings`` with every non-empty declared environment variable applied."""
    env = os.environ if env is None else env
    changes = {s.key: s.from_text(env[s.info.env]) for s, _value in settings.settings()
               if s.info.env and env.get(s.info.env, "").strip()}
    return settings.with_values(changes) if changes else settings


#: where the settings dialog keeps the protocol details (its "Advanced" section)
ADVANCED_WORDS = ("under Advanced", "在“高级”中")


def missing_required(section: Any, names: tuple[str, ...] | None = None,
                     language: str = "en", *, for_clerk: bool = False) -> list[str]:
    """The empty ones among ``names`` (default: the settings declared ``required``) of
    ``section``, each as its label and environment variable: ``Service URL
    (DESKTOP_OCR_ACCUAUTH_URL)`` — what a script must still set.  ``for_clerk``: the
    words of the settings dialog instead, a protocol detail with where it is kept
    there: ``SM2 public key (hex) (under Advanced)``."""
    out = []
    for s in declared("_", type(section)):
        name = s.key.split(".", 1)[1]
        wanted = s.info.required if names is None else name in names
        if wanted and not _get_path(section, name.split(".")):
            label = s.label(language).rstrip(":：")
            if for_clerk:
                if s.info.advanced:
                    where = _pick(ADVANCED_WORDS, language)
                    label += f"（{where}）" if language.startswith("zh") else f" ({where})"
                out.append(label)
            else:
                out.append(f"{label} ({s.info.env})" if s.info.env else label)
    return out


def _get_path(obj: Any, path: list[str]) -> Any:
    for part in path:
        obj = getattr(obj, part)
    return obj
