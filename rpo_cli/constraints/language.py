"""Response-language constraints (IFEval's ``language:response_language`` and its complement)."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from pydantic import field_validator

from rpo_cli.constraints.base import Args, CheckResult, ConstraintType, Negation, negation_of
from rpo_cli.constraints.registry import register
from rpo_cli.constraints.text import LanguageUnknown, detect_language

#: The codes langdetect can return (its 55 profiles), plus plain "zh", with English names.
LANGUAGE_NAMES: dict[str, str] = {
    "af": "Afrikaans",
    "ar": "Arabic",
    "bg": "Bulgarian",
    "bn": "Bengali",
    "ca": "Catalan",
    "cs": "Czech",
    "cy": "Welsh",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "fa": "Persian",
    "fi": "Finnish",
    "fr": "French",
    "gu": "Gujarati",
    "he": "Hebrew",
    "hi": "Hindi",
    "hr": "Croatian",
    "hu": "Hungarian",
    "id": "Indonesian",
    "it": "Italian",
    "ja": "Japanese",
    "kn": "Kannada",
    "ko": "Korean",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mk": "Macedonian",
    "ml": "Malayalam",
    "mr": "Marathi",
    "ne": "Nepali",
    "nl": "Dutch",
    "no": "Norwegian",
    "pa": "Punjabi",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "ru": "Russian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "so": "Somali",
    "sq": "Albanian",
    "sv": "Swedish",
    "sw": "Swahili",
    "ta": "Tamil",
    "te": "Telugu",
    "th": "Thai",
    "tl": "Tagalog",
    "tr": "Turkish",
    "uk": "Ukrainian",
    "ur": "Urdu",
    "vi": "Vietnamese",
    "zh": "Chinese",
    "zh-cn": "Simplified Chinese",
    "zh-tw": "Traditional Chinese",
}

# A Literal over the supported codes: a code langdetect can never return would make a constraint
# no response can follow, so it is a kwargs error instead.
LanguageCode = Literal[tuple(LANGUAGE_NAMES)]  # type: ignore[valid-type]

_NAMES_RE = "|".join(sorted((n for n in LANGUAGE_NAMES.values() if " " not in n), key=len, reverse=True))


class LanguageArgs(Args):
    language: LanguageCode

    @field_validator("language", mode="before")
    @classmethod
    def _lower(cls, v: object) -> object:
        return v.strip().lower() if isinstance(v, str) else v


def detect_response_language(text: str) -> str:
    """langdetect's language of ``text``, with all-capital text lowercased first.

    langdetect's n-gram profiles are case-sensitive and hold few capital-letter n-grams, so on
    all-capital text its answer is close to arbitrary ("HELLO WORLD" comes out Somali, French in
    capitals comes out English); lowercased, the same text is identified reliably. Text with any
    lowercase letter is detected as written, as IFEval does. Raises LanguageUnknown."""
    return detect_language(text.lower() if text.isupper() else text)


def _matches(wanted: str, detected: str) -> bool:
    # langdetect only ever says "zh-cn" or "zh-tw"; plain "zh" accepts either script.
    if wanted == "zh":
        return detected.startswith("zh-")
    return detected == wanted


@register
class ResponseLanguage(ConstraintType):
    """The whole response is in the given language, as langdetect (seeded) identifies it.

    Divergence from IFEval: when langdetect cannot decide (empty text, digits or symbols only)
    IFEval counts the instruction as followed; rpo returns unknown, since an undetectable
    language is no evidence of a pass. "zh" (which langdetect never returns; it says "zh-cn" or
    "zh-tw") matches either Chinese script instead of always failing. Text written entirely in
    capitals is lowercased before detection (see ``detect_response_language``): on capitals
    langdetect's answer is close to arbitrary."""

    id = "language:response_language"
    Args = LanguageArgs
    example: ClassVar[dict[str, Any]] = {"language": "fr"}

    def describe(self) -> str:
        name = LANGUAGE_NAMES[self.args.language]
        return f"Write your entire response in {name}; no other language is allowed."

    def evaluate(self, response: str) -> CheckResult:
        try:
            detected = detect_response_language(response)
        except LanguageUnknown as exc:
            return CheckResult(None, f"language undetectable: {exc}")
        return CheckResult(_matches(self.args.language, detected), f"detected language: {detected}")

    def evaluate_reference(self, response: str) -> CheckResult:
        # IFEval: the text as written, the code compared exactly, undetectable counts as followed.
        try:
            detected = detect_language(response)
        except LanguageUnknown:
            return CheckResult(True, "language undetectable: followed (reference)")
        return CheckResult(detected == self.args.language, f"detected language: {detected}")


@register
@negation_of(ResponseLanguage)
class NotResponseLanguage(Negation):
    """Complement of language:response_language: the detected language is a different one
    (unknown when the language cannot be detected)."""

    id = "language:not_response_language"

    def describe(self) -> str:
        name = LANGUAGE_NAMES[self.args.language]
        return f"Do not respond in {name}; write your response in a different language."
