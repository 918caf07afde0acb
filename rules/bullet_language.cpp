#include "rules/bullet_language.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>

#include "linter/embedded_data.h"
#include "linter/text_util.h"

namespace atslint::bullets {
namespace {

icu::BreakIterator* word_breaker() {
  // One iterator per thread: creating one loads ICU rule data, so it is reused.
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> made(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(), status));
    return U_SUCCESS(status) ? std::move(made) : nullptr;
  }();
  return breaker.get();
}

Token::Kind kind_of(const icu::UnicodeString& piece) {
  bool letter = false, digit = false;
  for (int32_t i = 0; i < piece.length(); i = piece.moveIndex32(i, 1)) {
    UChar32 c = piece.char32At(i);
    if (u_isalpha(c)) letter = true;
    if (u_isdigit(c)) digit = true;
  }
  if (digit && (!letter || u_isdigit(piece.char32At(0)))) return Token::Kind::Number;
  return letter || digit ? Token::Kind::Word : Token::Kind::Punct;
}

struct VerbLexicon {
  std::map<std::string, VerbForms, std::less<>> forms;
  std::set<std::string, std::less<>> participles;
};

const VerbLexicon& verbs() {
  static const VerbLexicon lexicon = [] {
    VerbLexicon made;
    for (const auto& row : data_lines("rules/data/bullets/verbs.tsv")) {
      std::vector<std::string> cells;
      size_t start = 0;
      for (size_t tab; (tab = row.find('\t', start)) != std::string::npos; start = tab + 1)
        cells.push_back(row.substr(start, tab - start));
      cells.push_back(row.substr(start));
      if (cells.size() < 5) continue;
      auto mark = [&](const std::string& word, bool VerbForms::*flag) {
        auto& entry = made.forms[word];
        entry.base = cells[0];
        entry.past = cells[1];
        entry.third = cells[3];
        entry.*flag = true;
      };
      mark(cells[0], &VerbForms::is_base);
      mark(cells[1], &VerbForms::is_past);
      mark(cells[2], &VerbForms::is_participle);
      mark(cells[3], &VerbForms::is_third);
      mark(cells[4], &VerbForms::is_gerund);
      made.participles.insert(cells[2]);
    }
    return made;
  }();
  return lexicon;
}

std::vector<std::string> phrase_words(std::string_view phrase) {
  std::vector<std::string> words;
  for (const auto& token : tokenize(phrase))
    if (token.text != "-") words.push_back(token.lower);
  return words;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  auto* breaker_ptr = word_breaker();
  if (!breaker_ptr) throw std::runtime_error("ICU word break iterator unavailable");
  auto& breaker = *breaker_ptr;
  breaker.setText(unicode);
  size_t byte_offset = 0;
  int32_t start = breaker.first();
  for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE; start = end, end = breaker.next()) {
    icu::UnicodeString piece(unicode, start, end - start);
    std::string utf8;
    piece.toUTF8String(utf8);
    size_t here = byte_offset;
    byte_offset += utf8.size();
    if (trim(utf8).empty()) continue;
    tokens.push_back({utf8, fold_case(utf8), here, kind_of(piece)});
  }
  return tokens;
}

int word_count(const std::vector<Token>& tokens) {
  return static_cast<int>(std::count_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.is_word(); }));
}

size_t first_word(const std::vector<Token>& tokens) {
  for (size_t i = 0; i < tokens.size(); ++i)
    if (tokens[i].is_word()) return i;
  return tokens.size();
}

std::optional<VerbForms> lookup_verb(std::string_view lower) {
  const auto& forms = verbs().forms;
  auto it = forms.find(lower);
  if (it == forms.end()) return std::nullopt;
  return it->second;
}

bool is_past_participle(std::string_view lower) {
  if (verbs().participles.contains(lower)) return true;
  // Regular participles: "migrated", "reduced"; but not "red", "need", "speed".
  return lower.size() >= 5 && lower.ends_with("ed") && !lower.ends_with("eed");
}

bool is_be_form(std::string_view lower) {
  static const std::set<std::string, std::less<>> kBe = {"am", "is", "are", "was", "were", "be", "been", "being"};
  return kBe.contains(lower);
}

std::optional<size_t> find_passive(const std::vector<Token>& tokens) {
  for (size_t i = 0; i < tokens.size(); ++i) {
    // "was promoted", and the get-passive "got promoted".
    bool auxiliary = is_be_form(tokens[i].lower) || tokens[i].lower == "got" || tokens[i].lower == "gotten";
    if (!auxiliary) continue;
    size_t next = i + 1;
    // Adverbs may sit between: "was quickly adopted", "were then reviewed".
    while (next < tokens.size() && next <= i + 2 && tokens[next].kind == Token::Kind::Word &&
           (tokens[next].lower.ends_with("ly") || tokens[next].lower == "then" || tokens[next].lower == "also"))
      ++next;
    if (next < tokens.size() && tokens[next].kind == Token::Kind::Word && is_past_participle(tokens[next].lower))
      return i;
  }
  return std::nullopt;
}

PhraseList::PhraseList(std::vector<std::string> phrases) {
  for (const auto& phrase : phrases) add(phrase);
}

void PhraseList::add(std::string_view phrase) {
  auto words = phrase_words(phrase);
  if (!words.empty()) phrases_.push_back(std::move(words));
  std::stable_sort(phrases_.begin(), phrases_.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

PhraseList PhraseList::from_file(std::string_view key) { return PhraseList(data_lines(key)); }

std::optional<PhraseList::Hit> PhraseList::match_at(const std::vector<Token>& tokens, size_t from) const {
  for (const auto& phrase : phrases_) {
    size_t t = from, p = 0;
    while (p < phrase.size() && t < tokens.size()) {
      if (tokens[t].text == "-" && t > from) {  // "results-driven" == "results driven"
        ++t;
        continue;
      }
      if (tokens[t].lower != phrase[p]) break;
      ++t, ++p;
    }
    if (p == phrase.size()) return Hit{from, t - from, join(phrase, " ")};
  }
  return std::nullopt;
}

std::vector<PhraseList::Hit> PhraseList::find(const std::vector<Token>& tokens) const {
  std::vector<Hit> hits;
  for (size_t i = 0; i < tokens.size();) {
    // Only whole words: a phrase may not start in the middle of a hyphenated word.
    bool after_hyphen = i > 0 && tokens[i - 1].text == "-";
    auto hit = after_hyphen ? std::nullopt : match_at(tokens, i);
    bool before_hyphen = hit && hit->token + hit->length < tokens.size() && tokens[hit->token + hit->length].text == "-";
    if (hit && !before_hyphen) {
      hits.push_back(*hit);
      i += hit->length;
    } else {
      ++i;
    }
  }
  return hits;
}

std::vector<std::string> data_lines(std::string_view key) {
  std::vector<std::string> lines;
  auto content = data::file(key);
  if (!content) return lines;
  for (auto line : split_lines(*content)) {
    auto trimmed = trim(line);
    if (!trimmed.empty() && trimmed.front() != '#') lines.emplace_back(line.back() == '\r' ? line.substr(0, line.size() - 1) : line);
  }
  return lines;
}

bool is_year(const std::vector<Token>& tokens, size_t index) {
  static const std::set<std::string, std::less<>> kBefore = {"in", "since", "during", "until", "from", "through", "of"};
  const std::string& text = tokens[index].text;
  bool year_shape = text.size() == 4 && (text.starts_with("19") || text.starts_with("20")) &&
                    text.find_first_not_of("0123456789") == std::string::npos;
  return year_shape && index > 0 && kBefore.contains(tokens[index - 1].lower);
}

bool is_metric_token(const std::vector<Token>& tokens, size_t index) {
  static const std::set<std::string, std::less<>> number_words = [] {
    auto lines = data_lines("rules/data/bullets/number_words.txt");
    return std::set<std::string, std::less<>>(lines.begin(), lines.end());
  }();
  static const std::set<std::string, std::less<>> units = [] {
    auto lines = data_lines("rules/data/bullets/units.txt");
    return std::set<std::string, std::less<>>(lines.begin(), lines.end());
  }();
  const Token& token = tokens[index];
  if (is_year(tokens, index)) return false;             // "in 2021" dates the work, it does not measure it
  if (token.kind == Token::Kind::Number) return true;  // "40", "1,300", "40ms", "2M", "3x"
  if (token.text == "%" || token.text == "$" || token.text == "€" || token.text == "£" || token.text == "¥")
    return true;
  // A unit on its own counts only when it carries a figure, as "p99" does.
  bool figure = token.lower.find_first_of("0123456789") != std::string::npos;
  return number_words.contains(token.lower) || (units.contains(token.lower) && figure);
}

bool has_metric(const std::vector<Token>& tokens) {
  for (size_t i = 0; i < tokens.size(); ++i)
    if (is_metric_token(tokens, i)) return true;
  return false;
}

bool looks_like_acronym(std::string_view word) {
  if (word.ends_with('s')) word.remove_suffix(1);
  // Two capitals are mostly country or state codes ("US", "SG"); six or more are mostly
  // words set in capitals ("SKILLS").
  if (word.size() < 3 || word.size() > 5) return false;
  int capitals = 0;
  for (char c : word) {
    if (c >= 'A' && c <= 'Z') ++capitals;
    else if (!(c >= '0' && c <= '9')) return false;
  }
  if (word.find_first_not_of("IVXLM") == std::string_view::npos) return false;  // Roman numerals
  return capitals >= 2 && word.front() >= 'A' && word.front() <= 'Z';
}

int code_points(std::string_view utf8) {
  return static_cast<int>(std::count_if(utf8.begin(), utf8.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string shorten(std::string_view text, int max) {
  if (code_points(text) <= max) return std::string(text);
  size_t bytes = 0;
  for (int points = 0; bytes < text.size(); ++bytes) {
    if ((text[bytes] & 0xC0) != 0x80 && ++points > max) break;
  }
  return std::string(trim(text.substr(0, bytes))) + "…";
}

}  // namespace atslint::bullets
