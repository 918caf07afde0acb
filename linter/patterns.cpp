#include "linter/patterns.h"

#include <algorithm>
#include <cctype>
#include <regex>

namespace atslint {
namespace {

struct Patterns {
  const std::regex email{R"([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"};
  // "0176 / 48 29 113": a German area code set off by a spaced slash.
  // "0171 / 4 83 29 06": after a German area code's slash, DIN 5008 pairs digits from the right.
  // "07951 / 48 31 27": a five-digit area code before its slash.
  const std::regex phone{R"((?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?(?:\d{5}(?= / \d)|\d{2,4})(?: / \d{1,4}(?:[\s.-]?\d{2,4}){0,4}|/\d{2,4}(?:[\s.]\d{2,4}){1,3}|/\d{5,8}(?![\d/])|(?: / )?(?:[\s.-]?\d{2,4}){1,4}))"};
  const std::regex url{
      R"re((?:https?://[^\s<>()"']+|(?:www\.)?(?:linkedin\.com|github\.com|gitlab\.com|bitbucket\.org|behance\.net|dribbble\.com|medium\.com|stackoverflow\.com|twitter\.com|x\.com)/[^\s<>()"',;]+))re",
      std::regex::icase};
};

const Patterns& patterns() {
  static const Patterns compiled;
  return compiled;
}

std::vector<Match> find_all(std::string_view text, const std::regex& pattern) {
  std::vector<Match> matches;
  std::string subject(text);
  for (auto it = std::sregex_iterator(subject.begin(), subject.end(), pattern); it != std::sregex_iterator(); ++it)
    matches.push_back({static_cast<size_t>(it->position()), it->str()});
  return matches;
}

/// "2019 - 2021", "2020–2023" and bare years look like phones to a regex.
bool looks_like_year_range(const std::string& digits, const std::string& text) {
  if (digits.size() == 8) {
    int first = std::stoi(digits.substr(0, 4)), second = std::stoi(digits.substr(4));
    if (first >= 1950 && first <= 2100 && second >= 1950 && second <= 2100) return true;
  }
  // "0176 / 48 29 113", Belgium's "0478/12.34.56" or "+32 478/12.34.56" (groups after the slash) and Germany's
  // "0171/1234567" are numbers; "01/2019" is a date. A trunk 0 or a country code opens them: not "Ref. 2021/12.345".
  static const std::regex kGroupedAfterSlash{R"(^(?:0\d{1,3}|\+\d{2,3}\s?\d{2,3})/(?:\d{2,3}(?:[.\s]\d{2,3}){1,3}|\d{5,8})$)"};
  if (digits.size() >= 9 && std::regex_match(text, kGroupedAfterSlash)) return false;
  return text.find('/') != std::string::npos && text.find(" / ") == std::string::npos;
}

}  // namespace

std::string digits_of(std::string_view text) {
  std::string digits;
  for (char c : text)
    if (c >= '0' && c <= '9') digits.push_back(c);
  return digits;
}

std::vector<Match> find_emails(std::string_view text) {
  // The regex, tried from every position of a long run of letters, is quadratic and
  // took seconds per line; an address needs an '@', so only a window around each
  // '@' is searched (RFC 5321: local part <= 64 bytes, domain <= 255).
  constexpr size_t kLocalMax = 64, kDomainMax = 255;
  std::vector<Match> emails;
  for (size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    size_t start = at > kLocalMax ? at - kLocalMax : 0;
    std::string_view window = text.substr(start, at - start + 1 + kDomainMax);
    for (auto& match : find_all(window, patterns().email)) {
      if (start + match.offset + match.text.find('@') != at) continue;  // found from its own '@'
      match.offset += start;
      // "@bramh@mastodon.nl": a fediverse handle, its user after an '@' of its own, no mailbox.
      if (match.offset > 0 && text[match.offset - 1] == '@') continue;
      emails.push_back(std::move(match));
    }
  }
  return emails;
}

size_t second_number_at(std::string_view text, size_t offset) {
  auto end = std::min(text.find_first_not_of("0123456789-.() ", offset + 1), text.size());
  auto run = text.substr(offset, end - offset);
  if (digits_of(run).size() <= 15) return std::string_view::npos;
  // The last group opening with a trunk 0 that leaves a whole number before it (10 digits or more with a
  // country code, 7 without) and 7 digits or more after: not the 0 inside "+44 20 7946 0958".
  size_t least = text[offset] == '+' ? 10 : 7, best = std::string_view::npos;
  for (auto space = run.find(" 0"); space != std::string_view::npos; space = run.find(" 0", space + 1)) {
    auto first = digits_of(run.substr(0, space)).size(), rest = digits_of(run.substr(space)).size();
    if (first >= least && first <= 15 && rest >= 7) best = space;
  }
  return best;
}

std::vector<Match> find_phones(std::string_view text) {
  std::vector<Match> phones;
  for (auto& match : find_all(text, patterns().phone)) {
    if (auto cut = second_number_at(text, match.offset); cut < match.text.size()) match.text.erase(cut);
    auto digits = digits_of(match.text);
    // "P.O. Box 48213-00100": a post box's number is an address.
    static const std::regex kPostBox{R"((?:\bbox|postfach|apartado(?: postal)?|caixa postal|casilla)\s*(?:no\.?\s*)?$)", std::regex::icase};
    auto before = text.substr(match.offset >= 24 ? match.offset - 24 : 0, std::min<size_t>(match.offset, 24));
    if (std::regex_search(before.begin(), before.end(), kPostBox)) continue;
    // "Nº de colegiada 282812345", "NMC PIN 12A3456", "Registration No. 4451234": a licence or member number; "ABN 41 612
    // 887 309", "SIRET 812 345 678 00019": a firm's registration;
    // "C.C. 1.037.612.455", "RG 12.345.678-9": an identity card's.
    static const std::regex kReference{
        R"((?:^|[^A-Za-z\x80-\xFF])(?:colegiad[oa]|matr(?:í|i)cula|membership|registration|licen[cs]e|dni|nie|nif|cpf|rut|curp|rfc|cuit|cuil|c(?:é|e)dula|aadhaar|pesel|passport|pasaporte|ssn|pin|ahpra|bsn|id|c\.\s?c|cc|c\.\s?i|t\.\s?p|rg|nit|dpi|dui|abn|acn|siret|siren|kvk|vat)\.?)"
        // "C.C. 1.037…": the match starts at "037"; "Application ID: A-4410928": a code's letter before it.
        R"((?:\s+(?:no\.?|n[º°o]\.?|nr\.?|number|núm\.?|número))?\s*[:#]?\s*(?:[A-Z]{1,3}-)?(?:\d{1,3}\.)?$)",
        std::regex::icase};
    if (std::regex_search(before.begin(), before.end(), kReference)) continue;
    if (digits.size() < 7 || digits.size() > 15 || looks_like_year_range(digits, match.text)) continue;
    // "NMW0001849273", "ID12345678": digits glued to letters are a reference, not a number to call.
    if (match.offset > 0 && std::isalpha(static_cast<unsigned char>(text[match.offset - 1]))) continue;
    // "Profilo n. PN-2024-0137": a code's capitals hyphened to a year and a serial (not "M-9876543210", a label).
    static const std::regex kCodeLetters{R"((?:^|[\s(:#])[A-Z]{1,4}-$)"}, kYearSerial{R"(^(?:19|20)\d{2}[-/]\d)"};
    if (std::regex_search(before.begin(), before.end(), kCodeLetters) && std::regex_search(match.text, kYearSerial)) continue;
    // "West J Nurs Res. 2016;38(11):1420–1437.": a citation's pages after its issue's colon.
    static const std::regex kPages{R"(^\d{1,5}\s?[–-]\s?\d{1,5}$)"};
    // (After "38(11):" or ";34:", a volume's; "Tel.:030-12345", "Tel. (privat):06221-47113" are numbers.)
    static const std::regex kVolume{R"((?:\d\(\d{1,4}\)|;\s?\d{1,4}):$)"};
    if (std::regex_search(before.begin(), before.end(), kVolume) && std::regex_match(match.text, kPages)) continue;
    static const std::regex kPostcode{R"(^\d{4,5}-\d{3}$)"};  // "1200-066 Lisboa", CEP "80730-000": postcodes
    if (std::regex_match(match.text, kPostcode)) continue;
    // Lattes's "37203202 - Lavras, MG - Brasil": a CEP printed bare before its town and Brazilian state, with no phone
    // label before it ("Telefone: 38223344 - Lavras, MG" is a number).
    static const std::regex kTownAfter{
        R"(^\s+-\s+[A-Z\xC0-\xDF][^,]*,\s*(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)\b)"};
    static const std::regex kPhoneLabel{R"((?:tel|fone|phone|celular|cel|mobile|móvel|whatsapp)[^\d]{0,12}$)", std::regex::icase};
    auto after = text.substr(match.offset + match.text.size());
    if (match.text.size() == 8 && digits == match.text && std::regex_search(after.begin(), after.end(), kTownAfter) &&
        !std::regex_search(before.begin(), before.end(), kPhoneLabel))
      continue;
    phones.push_back(std::move(match));
  }
  return phones;
}

namespace {

bool is_domain_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'; }

/// "janedoe.dev", "luciaferrer.es/blog": a personal site printed without "www" or a scheme.
/// Scanned by hand from each dot (a regex tried at every letter of a long word is quadratic);
/// lower case only, so "ASP.NET" and "Socket.io" stay words.
std::vector<Match> find_bare_domains(std::string_view text) {
  static const char* const kSuffixes[] = {"com", "org", "io", "dev", "me", "es", "de", "fr", "it", "nl", "pt", "uk",
                                          "ca", "au", "ch", "at", "be", "se", "no", "dk", "fi", "eu", "info", "site",
                                          "tech", "app", "page", "xyz", "ai", "in", "br", "mx", "pl", "cz", "ie"};
  std::vector<Match> found;
  size_t resume_at = 0;
  for (size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', dot + 1)) {
    if (dot < resume_at) continue;
    size_t end = dot + 1;
    while (end < text.size() && text[end] >= 'a' && text[end] <= 'z') ++end;
    auto suffix = text.substr(dot + 1, end - dot - 1);
    bool known = std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [&](const char* s) { return suffix == s; });
    if (!known || (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '@'))) continue;
    size_t start = dot;
    while (start > 0 && is_domain_char(text[start - 1])) --start;
    if (dot - start < 3 || text[start] == '.' || text[start] == '-') continue;
    if (start > 0 && (std::isalpha(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '@' ||
                      text[start - 1] == '/' || text[start - 1] == ':' || (text[start - 1] & 0x80)))
      continue;  // part of a word, an e-mail or a URL found already
    if (end < text.size() && text[end] == '/')
      while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end])) && std::string_view("<>()\"',;").find(text[end]) == std::string_view::npos) ++end;
    found.push_back({start, std::string(text.substr(start, end - start))});
    resume_at = end;
  }
  return found;
}

}  // namespace

std::vector<Match> find_urls(std::string_view text) { return find_all(text, patterns().url); }

std::vector<Match> find_web_addresses(std::string_view text) {
  auto urls = find_urls(text);
  for (auto& bare : find_bare_domains(text)) {
    bool inside = std::any_of(urls.begin(), urls.end(), [&](const Match& url) {
      return bare.offset < url.offset + url.text.size() && url.offset < bare.offset + bare.text.size();
    });
    if (!inside) urls.push_back(std::move(bare));
  }
  std::sort(urls.begin(), urls.end(), [](const Match& a, const Match& b) { return a.offset < b.offset; });
  return urls;
}

bool has_contact_detail(std::string_view text) {
  return !find_emails(text).empty() || !find_phones(text).empty() || !find_urls(text).empty();
}

}  // namespace atslint
