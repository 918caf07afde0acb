#include "parsers/text/decode.h"

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>

#include <optional>
#include <unicode/ucsdet.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <memory>
#include <regex>

#include "linter/error.h"

namespace atslint {
namespace {

struct Utf8Scan {
  size_t first_invalid = std::string_view::npos;
  int multibyte = 0;  ///< valid sequences of two or more bytes
};

Utf8Scan scan_utf8(std::string_view bytes) {
  Utf8Scan scan;
  int32_t length = static_cast<int32_t>(bytes.size());
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) {
      if (scan.first_invalid == std::string_view::npos) scan.first_invalid = static_cast<size_t>(start);
    } else if (i - start > 1) {
      ++scan.multibyte;
    }
  }
  return scan;
}

icu::UnicodeString convert(std::string_view bytes, const char* charset) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), charset);
  if (text.isBogus()) throw AtsError("bad-encoding", fmt::format("cannot decode text as {}", charset));
  (void)status;
  return text;
}

std::string detect_charset(std::string_view bytes, int& confidence) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), ucsdet_close);
  if (U_FAILURE(status)) return "";
  ucsdet_setText(detector.get(), bytes.data(), static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20)), &status);
  const UCharsetMatch* match = ucsdet_detect(detector.get(), &status);
  if (U_FAILURE(status) || !match) return "";
  confidence = ucsdet_getConfidence(match, &status);
  const char* name = ucsdet_getName(match, &status);
  return U_SUCCESS(status) && name ? name : "";
}

bool is_control(UChar32 c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7F && c < 0xA0);
}

/// Share of characters that no resume contains: controls, NULs, U+FFFD.
double noise_share(const icu::UnicodeString& text) {
  if (text.length() == 0) return 0;
  int noise = 0, total = 0;
  UChar32 before = 0;
  for (int32_t i = 0; i < text.length();) {
    UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    ++total;
    // "EXP�RIENCES", "f�vr.": an accent a tool lost inside a word (Windows-1252 read as UTF-8 and saved), a letter
    // on each side, is text.
    bool lost_accent = c == 0xFFFD && u_isalpha(before) && i < text.length() && u_isalpha(text.char32At(i));
    if (is_control(c) || (c == 0xFFFD && !lost_accent)) ++noise;
    before = c;
  }
  return static_cast<double>(noise) / total;
}

bool plausible_non_ascii(UChar32 c) {
  static const icu::UnicodeString kPunctuation(u"€‚„…†‡•–—‘’“”™©®°±·«»§£¥¢¿¡ ²³½¼¾ºª");
  if (kPunctuation.indexOf(c) >= 0) return true;
  static const icu::UnicodeString kRareLetters(u"þÞðÐÿ");
  return u_isalpha(c) && kRareLetters.indexOf(c) < 0;
}

/// A legacy-encoded resume has accented letters inside words and common
/// punctuation; random high bytes decode to symbols and stray letters instead.
bool reads_as_legacy_text(const icu::UnicodeString& text) {
  for (int32_t i = 0; i < text.length(); ++i) {
    UChar32 c = text.charAt(i);
    if (c < 0x80) continue;
    if (!plausible_non_ascii(c)) return false;
    if (!u_isalpha(c)) continue;
    bool letter_before = i > 0 && u_isalpha(text.charAt(i - 1));
    bool letter_after = i + 1 < text.length() && u_isalpha(text.charAt(i + 1));
    static const icu::UnicodeString kOneLetterWords(u"àÀéÉóÓºª");  // and ordinals: "n.º 41", "2.ª"
    if (!letter_before && !letter_after && kOneLetterWords.indexOf(c) < 0) return false;
  }
  return true;
}

/// A symbol wedged between two letters at `i` ("r‚sum‚", "Respons vel"), apostrophes aside ("O’Brien"): the mark of
/// a text read in the wrong code page.
bool wedged_symbol(const icu::UnicodeString& text, int32_t i) {
  UChar32 c = text.charAt(i);
  bool apostrophe = c == 0x2019 || c == 0x2018;
  return c >= 0x80 && !u_isalpha(c) && !apostrophe && u_isalpha(text.charAt(i - 1)) && u_isalpha(text.charAt(i + 1));
}

int wedged_symbols(const icu::UnicodeString& text) {
  int count = 0;
  for (int32_t i = 1; i + 1 < text.length(); ++i) count += wedged_symbol(text, i) ? 1 : 0;
  return count;
}

/// How much `text` reads as words: accented letters inside words count for it; a symbol or a letter of the wrong case
/// wedged inside a word ("r‚sum‚", "rÚsumÚ", "SÄbastien": one code page's letters read in another) counts against it.
int word_likeness(const icu::UnicodeString& text) {
  int score = 0;
  for (int32_t i = 1; i + 1 < text.length(); ++i) {
    UChar32 c = text.charAt(i), before = text.charAt(i - 1), after = text.charAt(i + 1);
    if (c < 0x80) continue;
    if (!u_isalpha(c)) score -= wedged_symbol(text, i) ? 2 : 0;
    // "SÄbastien", "THIâBAUT": a letter in the other case from both its neighbours' cases, a capital between lower case.
    else if ((u_isupper(c) && (u_islower(before) || (u_isupper(before) && u_islower(after)))) || (u_islower(c) && u_isupper(before) && u_isupper(after)))
      score -= 2;
    else if (u_isalpha(before) || u_isalpha(after)) ++score;
  }
  return score;
}

icu::UnicodeString decode_unicode(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    auto body = bytes.substr(3);
    auto scan = scan_utf8(body);
    if (scan.first_invalid != std::string_view::npos)
      throw AtsError("bad-encoding", fmt::format("invalid UTF-8 at byte {}: re-save the file as UTF-8",
                                                 scan.first_invalid + 3));
    return icu::UnicodeString::fromUTF8(icu::StringPiece(body.data(), static_cast<int32_t>(body.size())));
  }
  if (bytes.starts_with("\xFF\xFE")) return convert(bytes.substr(2), "UTF-16LE");
  if (bytes.starts_with("\xFE\xFF")) return convert(bytes.substr(2), "UTF-16BE");
  auto scan = scan_utf8(bytes);
  if (scan.first_invalid == std::string_view::npos)
    return icu::UnicodeString::fromUTF8(icu::StringPiece(bytes.data(), static_cast<int32_t>(bytes.size())));
  int confidence = 0;
  std::string charset = detect_charset(bytes, confidence);
  bool utf16 = charset.starts_with("UTF-16");
  // Valid multi-byte sequences mean the author wrote UTF-8, so the invalid
  // bytes are damage, not a legacy encoding.
  if (!utf16 && scan.multibyte > 0)
    throw AtsError("bad-encoding", fmt::format("invalid UTF-8 at byte {}: re-save the file as UTF-8",
                                               scan.first_invalid));
  if (utf16) return convert(bytes, charset.c_str());
  bool legacy = charset == "ISO-8859-1" || charset == "windows-1252" || charset == "ISO-8859-15" ||
                charset == "ISO-8859-2" || charset == "windows-1250";
  auto text = convert(bytes, legacy ? charset.c_str() : "windows-1252");
  // Windows' "Generic / Text Only" printer and DOS editors write code page 850, a Mac's "Text (Macintosh)" export Mac
  // Roman: their accented letters sit where Windows-1252 has punctuation ("r‚sum‚", "SƒBASTIEN" for "résumé", "SÉBASTIEN").
  // Only when Windows-1252 reads badly and the other reads better: "Seán O’Brien" stays.
  // ("SŽbastien LEFéVRE": Windows-1252 may also wedge a letter of the wrong case, or read as no legacy text at all.)
  if (wedged_symbols(text) > 0 || word_likeness(text) < 0 || !reads_as_legacy_text(text)) {
    std::optional<icu::UnicodeString> best;
    for (const char* code_page : {"ibm-850", "macintosh"})
      if (auto other = convert(bytes, code_page); wedged_symbols(other) == 0 && word_likeness(other) > word_likeness(best ? *best : text) &&
                                                  reads_as_legacy_text(other))
        best = other;
    if (best) return *best;
  }
  if (!reads_as_legacy_text(text))
    throw AtsError("bad-encoding", fmt::format("invalid UTF-8 at byte {}: re-save the file as UTF-8",
                                               scan.first_invalid));
  return text;
}

/// A terminal's formatting saved with the text (groff -Tutf8, `script`): SGR escapes ("\x1B[1m") and nroff's
/// overstrikes ("_\bW", "B\bB") mark bold and underline, no letters of the resume.
icu::UnicodeString without_terminal_formatting(const icu::UnicodeString& text) {
  if (text.indexOf(UChar(0x1B)) < 0 && text.indexOf(UChar(0x08)) < 0) return text;
  std::string utf8;
  text.toUTF8String(utf8);
  static const std::regex kEscape{R"(\x1B\[[0-9;?]*[ -/]*[@-~]|[^\x08\n]\x08)"};
  return icu::UnicodeString::fromUTF8(std::regex_replace(utf8, kEscape, ""));
}

/// The Windows-1252 byte a character stands for, or -1: Latin-1's own, the C1 controls its holes leave, and the
/// punctuation Windows-1252 puts at 0x80–0x9F.
int windows_1252_byte(UChar32 c) {
  if (c < 0x100) return static_cast<int>(c);
  static const std::pair<UChar32, int> kHigh[] = {
      {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86}, {0x2021, 0x87},
      {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C}, {0x017D, 0x8E}, {0x2018, 0x91},
      {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98},
      {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B}, {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F}};
  for (auto [code, byte] : kHigh)
    if (code == c) return byte;
  return -1;
}

/// "â€¢", "Ã©", "12Â years": UTF-8 once read as Windows-1252 and saved as UTF-8 again (a CRM's "latin1" column).
/// Each character turned back into its Windows-1252 byte gives the UTF-8 meant, when every one maps, the bytes are
/// valid UTF-8 and at least three pairs show the mix-up (a lead byte's letter, then a continuation byte's).
icu::UnicodeString repaired_double_encoding(const icu::UnicodeString& text) {
  int pairs = 0;
  for (int32_t i = 0; i + 1 < text.length(); ++i) {
    UChar32 lead = text.char32At(i), next = text.char32At(i + 1);
    int byte = windows_1252_byte(next);
    pairs += lead >= 0xC2 && lead <= 0xF4 && byte >= 0x80 && byte <= 0xBF ? 1 : 0;
  }
  if (pairs < 3) return text;
  std::string bytes;
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    int byte = windows_1252_byte(text.char32At(i));
    if (byte < 0) return text;
    bytes += static_cast<char>(byte);
  }
  if (scan_utf8(bytes).first_invalid != std::string_view::npos) return text;
  return icu::UnicodeString::fromUTF8(bytes);
}

}  // namespace

std::string decode_text(std::string_view bytes) {
  icu::UnicodeString text = without_terminal_formatting(repaired_double_encoding(decode_unicode(bytes)));
  if (noise_share(text) > 0.02)
    throw AtsError("binary", "binary data, not text: save the resume as PDF, DOCX or plain text");
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_SUCCESS(status)) text = nfkc->normalize(text, status);
  text.findAndReplace("\r\n", "\n");
  text.findAndReplace("\r", "\n");
  // Apple Pages' and Word's soft returns kept as U+2028 / U+2029 when pasted: line and paragraph breaks.
  text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2028)), "\n");
  text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x2029)), "\n");
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

}  // namespace atslint
