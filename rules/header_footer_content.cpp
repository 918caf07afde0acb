/// Flags contact details and other key text that live only in a page header or footer.
#include <fmt/format.h>
#include <unicode/uchar.h>

#include <map>
#include <set>

#include "linter/patterns.h"
#include "linter/rule.h"
#include "linter/structure/headings.h"
#include "linter/text_util.h"
#include "rules/layout_support.h"

namespace atslint::rules {
namespace {

/// Words a running header or footer holds without carrying information.
const std::set<std::string>& filler_words() {
  static const std::set<std::string> words = {
      "page", "of", "pg", "p", "seite", "von", "página", "pagina", "de", "sur", "resume", "résumé", "cv",
      "curriculum", "vitae", "lebenslauf", "continued", "cont", "and", "the", "jan", "feb", "mar", "apr",
      "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march",
      "april", "june", "july", "august", "september", "october", "november", "december", "updated"};
  return words;
}

/// Case-folded words of letters (and digits mixed with letters); pure numbers are dropped.
std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  bool has_letter = false;
  auto flush = [&] {
    if (has_letter) words.push_back(current);
    current.clear();
    has_letter = false;
  };
  for (char32_t c : code_points(fold_case(text))) {  // fold the line once, not each word
    auto ch = static_cast<UChar32>(c);
    if (!u_isalnum(ch)) {
      flush();
      continue;
    }
    has_letter = has_letter || u_isalpha(ch);
    append_utf8(current, c);
  }
  flush();
  return words;
}

std::string normalise_url(std::string_view url) {
  std::string out = to_lower_ascii(url);
  for (const char* prefix : {"https://", "http://", "mailto:", "www."})
    if (out.starts_with(prefix)) out.erase(0, std::string_view(prefix).size());
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out;
}

/// Everything an ATS reads outside headers and footers, in forms easy to search.
struct BodyText {
  std::string lower;                ///< lower-cased text and link targets
  std::vector<std::string> phones;  ///< digits of each phone number
  std::set<std::string> words;

  explicit BodyText(const Document& document) {
    for (const auto& line : document.lines) {
      if (line.zone == Zone::Header || line.zone == Zone::Footer) continue;
      lower += to_lower_ascii(line.text) + "\n";
      for (const auto& run : line.runs)
        if (!run.link.empty()) lower += normalise_url(run.link) + "\n";
      for (auto& word : words_of(line.text)) words.insert(word);
    }
    for (const auto& phone : find_phones(lower)) phones.push_back(digits_of(phone.text));
  }

  bool has_phone(const std::string& digits) const {
    auto tail = [](const std::string& d) { return d.size() > 9 ? d.substr(d.size() - 9) : d; };
    for (const auto& phone : phones)
      if (tail(phone) == tail(digits)) return true;
    return false;
  }
};

/// One distinct header/footer text, however many pages repeat it.
struct ZoneText {
  std::string text;
  Location location;
  Zone zone = Zone::Header;
  int repeats = 0;
};

std::vector<ZoneText> zone_texts(const Document& document) {
  std::vector<ZoneText> out;
  std::map<std::string, size_t> seen;  // text without digits -> index, so "Page 1"/"Page 2" are one
  auto add = [&](std::string_view text, const Location& location, Zone zone) {
    if (trim(text).empty()) return;
    std::string key;
    for (char c : fold_case(collapse_spaces(text)))
      if (!std::isdigit(static_cast<unsigned char>(c))) key += c;
    auto [it, inserted] = seen.emplace(key, out.size());
    if (!inserted) {
      ++out[it->second].repeats;
      return;
    }
    out.push_back(ZoneText{std::string(trim(text)), location, zone, 1});
  };
  for (const auto& line : document.lines)
    if (line.zone == Zone::Header || line.zone == Zone::Footer) add(line.text, line.location, line.zone);
  for (const auto& object : document.objects) {
    if (object.kind != LayoutObject::Kind::HeaderFooter) continue;
    Zone zone = object.location.part.find("footer") != std::string::npos ? Zone::Footer : Zone::Header;
    for (auto line : split_lines(object.text)) add(line, object.location, zone);
  }
  return out;
}

/// Two to four capitalised words of letters only ("Jordan Avery", "Anne-Marie O'Neil").
bool looks_like_name(std::string_view text) {
  int words = 0;
  bool word_start = true;
  for (char32_t c : code_points(trim(text))) {
    auto ch = static_cast<UChar32>(c);
    if (u_isUWhiteSpace(ch)) {
      word_start = true;
      continue;
    }
    if (word_start) {
      if (!u_isupper(ch)) return false;
      ++words;
      word_start = false;
    } else if (!u_isalpha(ch) && c != U'-' && c != U'\'' && c != U'’' && c != U'.') {
      return false;
    }
  }
  return words >= 2 && words <= 4;
}

/// The text with emails, phones and links blanked: those are checked as contact details.
std::string without_contact_details(std::string text) {
  std::vector<Match> matches = find_emails(text);
  for (auto& match : find_phones(text)) matches.push_back(match);
  for (auto& match : find_urls(text)) matches.push_back(match);
  for (const auto& match : matches)
    if (match.offset + match.text.size() <= text.size()) text.replace(match.offset, match.text.size(), match.text.size(), ' ');
  return text;
}

class HeaderFooterContent final : public Rule {
 public:
  static constexpr RuleInfo kInfo{"L006", "header-footer-content", Category::Layout, Severity::Error,
                                  "Contact details or key text only in a page header or footer",
                                  "key-words:int"};
  const RuleInfo& info() const override { return kInfo; }

  void check(const LintContext& context, DiagnosticSink& sink) const override {
    int key_words = context.option<int>("key-words", 2);
    BodyText body(context.document);
    for (const auto& item : zone_texts(context.document)) {
      auto missing = contact_missing_from_body(item.text, body);
      if (!missing.empty()) {
        report_contact(item, missing, sink);
        continue;
      }
      report_key_text(item, body, key_words, sink);
    }
  }

 private:
  static std::vector<std::string> contact_missing_from_body(const std::string& text, const BodyText& body) {
    std::vector<std::string> missing;
    for (const auto& email : find_emails(text))
      if (body.lower.find(to_lower_ascii(email.text)) == std::string::npos) missing.push_back("email " + email.text);
    for (const auto& phone : find_phones(text))
      if (!body.has_phone(digits_of(phone.text))) missing.push_back("phone " + phone.text);
    for (const auto& url : find_urls(text))
      if (body.lower.find(normalise_url(url.text)) == std::string::npos) missing.push_back("link " + url.text);
    return missing;
  }

  static std::string zone_word(const ZoneText& item) { return item.zone == Zone::Footer ? "footer" : "header"; }

  static void report_contact(const ZoneText& item, const std::vector<std::string>& missing, DiagnosticSink& sink) {
    sink.report(fmt::format("{} only in the page {} at {}: many ATS drop page headers and footers; move "
                            "your email/phone into the body, under your name",
                            join(missing, ", "), zone_word(item), item.location.describe()),
                item.location, excerpt_of(item.text));
  }

  /// Words of the header/footer the body never uses; page numbers, dates and "Resume" do not count.
  static void report_key_text(const ZoneText& item, const BodyText& body, int key_words, DiagnosticSink& sink) {
    int uncovered = 0;
    for (const auto& word : words_of(without_contact_details(item.text)))
      if (!filler_words().contains(word) && !body.words.contains(word)) ++uncovered;
    if (uncovered == 0) return;
    bool heading = !canonical_section(item.text).canonical.empty();
    Severity severity = heading || uncovered >= key_words ? Severity::Warning : Severity::Info;
    // A PDF template repeats the name at the top of every page; the layout pass zones even
    // page 1's copy as a header, so a repeated name alone is only a note.
    if (item.repeats >= 2 && looks_like_name(item.text)) severity = Severity::Info;
    sink.report(severity,
                fmt::format("\"{}\" appears only in the page {} at {}: many ATS drop page headers and "
                            "footers; put your name, headings and key text in the body",
                            excerpt_of(item.text, 60), zone_word(item), item.location.describe()),
                item.location, excerpt_of(item.text));
  }
};

}  // namespace

std::unique_ptr<Rule> make_header_footer_content() { return std::make_unique<HeaderFooterContent>(); }

}  // namespace atslint::rules
