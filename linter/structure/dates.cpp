#include "linter/structure/dates.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "linter/text_util.h"

namespace atslint {
namespace {

struct Token {
  enum Kind { Word, Number, Punct } kind = Punct;
  std::string text;  ///< case-folded
  size_t begin = 0, end = 0;
};

struct Vocabulary {
  std::map<std::string, int, std::less<>> months;
  std::map<std::string, int, std::less<>> seasons;
  std::map<std::string, int, std::less<>> present;     ///< value unused
  std::map<std::string, int, std::less<>> connectors;  ///< "to", "bis", "à"
  std::map<std::string, int, std::less<>> since;       ///< "since", "seit", "depuis"
};

void add_all(std::map<std::string, int, std::less<>>& into, std::initializer_list<const char*> words, int value) {
  for (const char* word : words) into.emplace(word, value);
}

/// Month names and abbreviations in the seven supported languages.
const Vocabulary& vocabulary() {
  static const Vocabulary words = [] {
    Vocabulary v;
    add_all(v.months, {"jan", "january", "januar", "janvier", "janv", "enero", "ene", "janeiro", "gennaio", "gen", "januari", "jänner"}, 1);
    add_all(v.months, {"feb", "february", "februar", "février", "fevrier", "févr", "fevr", "fév", "febrero", "fevereiro", "fev", "febbraio", "februari"}, 2);
    add_all(v.months, {"mar", "march", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt"}, 3);
    add_all(v.months, {"apr", "april", "avril", "avr", "abril", "abr", "aprile"}, 4);
    add_all(v.months, {"may", "mai", "mayo", "maio", "maggio", "mag", "mei"}, 5);
    add_all(v.months, {"jun", "june", "juni", "juin", "junio", "junho", "giugno", "giu"}, 6);
    add_all(v.months, {"jul", "july", "juli", "juillet", "juil", "julio", "julho", "luglio", "lug"}, 7);
    add_all(v.months, {"aug", "august", "août", "aout", "agosto", "ago", "augustus"}, 8);
    add_all(v.months, {"sep", "sept", "september", "septembre", "septiembre", "setiembre", "setembro", "set", "settembre"}, 9);
    add_all(v.months, {"oct", "october", "okt", "oktober", "octobre", "octubre", "outubro", "out", "ottobre", "ott"}, 10);
    add_all(v.months, {"nov", "november", "novembre", "noviembre", "novembro"}, 11);
    add_all(v.months, {"dec", "december", "dez", "dezember", "décembre", "decembre", "déc", "diciembre", "dic", "dezembro", "dicembre"}, 12);
    // The accented names with their accent lost to U+FFFD ("f�vr.", "ao�t", "M�rz", "mar�o"; "�t�").
    add_all(v.months, {"f\uFFFDvrier", "f\uFFFDvr", "f\uFFFDv"}, 2);
    add_all(v.months, {"m\uFFFDrz", "m\uFFFDr", "mar\uFFFDo"}, 3);
    add_all(v.months, {"ao\uFFFDt"}, 8);
    add_all(v.months, {"d\uFFFDcembre", "d\uFFFDc"}, 12);
    add_all(v.seasons, {"\uFFFDt\uFFFD", "ver\uFFFDo"}, 6);
    add_all(v.seasons, {"spring", "frühling", "frühjahr", "printemps", "primavera", "voorjaar", "lente"}, 3);
    add_all(v.seasons, {"summer", "sommer", "été", "ete", "eté", "verano", "verão", "estate", "zomer", "zomers", "summers", "veranos", "verões", "étés", "estati"}, 6);
    add_all(v.seasons, {"fall", "autumn", "herbst", "automne", "otoño", "outono", "autunno", "najaar", "herfst"}, 9);
    add_all(v.seasons, {"winter", "hiver", "invierno", "inverno"}, 12);
    add_all(v.present, {"present", "pres", "current", "currently", "now", "today", "ongoing", "date", "heute", "jetzt", "aktuell", "andauernd", "laufend",
                        "dato", "présent", "present", "aujourd'hui", "aujourd’hui", "actuel", "actuellement", "actual",
                        "actualidad", "hoy", "presente", "atual", "atualmente", "atualidade", "actualidade", "oggi", "attuale", "attualmente", "hoje", "heden", "nu", "huidig", "auj",
                        // Polish and Scandinavian ("03.2018 – obecnie", "2019 – pågående", "– nå")
                        "obecnie", "pågående", "nå"}, 1);
    add_all(v.connectors, {"to", "till", "until", "bis", "à", "a", "ad", "au", "al", "hasta", "até", "ate", "tot", "fino", "t/m"}, 1);
    add_all(v.since, {"since", "seit", "depuis", "dès", "desde", "dal", "dallo", "sinds"}, 1);
    return v;
  }();
  return words;
}

// U+FFFD: an accent a tool lost inside a month's name ("f�vr. 2021", Windows-1252 read as UTF-8).
bool is_word_char(UChar32 c) { return u_isalpha(c) || c == '\'' || c == 0x2019 || c == 0xFFFD; }

std::vector<Token> tokenise(std::string_view text) {
  std::vector<Token> tokens;
  const auto* data = reinterpret_cast<const uint8_t*>(text.data());
  int32_t length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0 || u_isspace(c)) continue;
    Token token;
    token.begin = static_cast<size_t>(start);
    bool apostrophe = c == '\'' || c == 0x2019;  // a lone one opens a short year ("Jan '20")
    if (u_isdigit(c) || (is_word_char(c) && !apostrophe)) {
      bool digit = u_isdigit(c);
      token.kind = digit ? Token::Number : Token::Word;
      for (int32_t next = i; next < length; ) {
        UChar32 d;
        int32_t after = next;
        U8_NEXT(data, after, length, d);
        if (d < 0 || (digit ? !u_isdigit(d) : !is_word_char(d))) break;
        if (!digit && (d == '\'' || d == 0x2019) && after < length && data[after] >= '0' && data[after] <= '9')
          break;  // "Dec'15": the apostrophe opens a two-digit year
        if (!digit && (d == '\'' || d == 0x2019)) {  // "Jan' 2021": closing the month, not inside a word ("aujourd'hui")
          int32_t past = after;
          UChar32 e = -1;
          if (past < length) U8_NEXT(data, past, length, e);
          if (e < 0 || !u_isalpha(e)) break;
        }
        next = i = after;
      }
    }
    token.end = static_cast<size_t>(i);
    token.text = token.kind == Token::Word ? fold_case(text.substr(token.begin, token.end - token.begin))
                                           : std::string(text.substr(token.begin, token.end - token.begin));
    tokens.push_back(std::move(token));
  }
  return tokens;
}

class DateParser {
 public:
  explicit DateParser(std::string_view text) : text_(text), tokens_(tokenise(text)) {}

  std::optional<DateMatch> first_range() {
    for (size_t i = 0; i < tokens_.size(); ++i)
      if (auto match = range_at(i)) return match;
    return std::nullopt;
  }

  std::optional<DateMatch> first_single() {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      size_t next = i;
      PartialDate date;
      DateStyle style = DateStyle::None;
      if (date_at(i, next, date, style)) return make_match(i, next, date, {}, false, style);
    }
    return std::nullopt;
  }

 private:
  bool is(size_t i, Token::Kind kind) const { return i < tokens_.size() && tokens_[i].kind == kind; }
  bool punct(size_t i, std::string_view p) const { return is(i, Token::Punct) && tokens_[i].text == p; }
  bool is_dash(size_t i) const {
    return punct(i, "-") || punct(i, "–") || punct(i, "—") || punct(i, "‒") || punct(i, "−") || punct(i, "~") ||
           punct(i, "→") || punct(i, "\u00AD");
  }

  bool counts_units(size_t i) const {
    static const std::set<std::string, std::less<>> kUnits = {"horas", "hours", "hrs", "stunden", "std", "heures", "ore", "uur",
                                                               "uren", "km", "pages", "seiten", "páginas", "words", "wörter"};
    return is(i, Token::Word) && kUnits.count(tokens_[i].text) > 0;
  }

  // "ISO 14001:2015", "ISO/IEC 27001:2022": a standard's number and, glued after its colon, its edition's year.
  bool standard_edition(size_t i) const {
    return i >= 2 && punct(i - 1, ":") && is(i - 2, Token::Number) && tokens_[i - 1].begin == tokens_[i - 2].end &&
           tokens_[i].begin == tokens_[i - 1].end;
  }

  static int year_of(const Token& token) {
    if (token.kind != Token::Number || token.text.size() != 4) return 0;
    // Not "VDI 2078", "EN 2091": standards' numbers past any graduation a resume expects.
    int year = std::stoi(token.text);
    return year >= 1940 && year <= 2060 ? year : 0;
  }
  int year_at(size_t i, size_t& next) const {
    if (i >= tokens_.size()) return 0;
    if (int year = year_of(tokens_[i]); year && !counts_units(i + 1)) {  // not "(2000 horas)", an amount
      next = i + 1;
      return year;
    }
    // "Jan '20"
    if ((punct(i, "'") || punct(i, "’")) && is(i + 1, Token::Number) && tokens_[i + 1].text.size() == 2) {
      next = i + 2;
      int short_year = std::stoi(tokens_[i + 1].text);
      return short_year > 60 ? 1900 + short_year : 2000 + short_year;  // "Sep '95" is 1995
    }
    return 0;
  }
  int month_word(size_t i) const {
    if (!is(i, Token::Word)) return 0;
    auto found = vocabulary().months.find(tokens_[i].text);
    return found == vocabulary().months.end() ? 0 : found->second;
  }
  static int small_number(const Token& token, int max) {
    if (token.kind != Token::Number || token.text.size() > 2) return 0;
    int value = std::stoi(token.text);
    return value >= 1 && value <= max ? value : 0;
  }
  bool touching(size_t a, size_t b) const { return tokens_[a].end == tokens_[b].begin; }
  int small_at(size_t i, int max) const { return i < tokens_.size() ? small_number(tokens_[i], max) : 0; }
  /// A year glued to a number before it ("555-2019", "12/2019" handled elsewhere) is not a date.
  bool glued_before(size_t i) const {
    if (i == 0 || !touching(i - 1, i)) return false;
    // "FY2024", "v2019": a code, not a date (a month glued to its year is read from the month).
    if (tokens_[i - 1].kind == Token::Number || tokens_[i - 1].kind == Token::Word) return true;
    bool joiner = punct(i - 1, "/") || punct(i - 1, ".") || punct(i - 1, "-") || punct(i - 1, "+");
    return joiner && i >= 2 && tokens_[i - 2].kind == Token::Number && touching(i - 2, i - 1) &&
           !year_of(tokens_[i - 2]);
  }

  bool date_at(size_t i, size_t& next, PartialDate& date, DateStyle& style) const {
    if (i >= tokens_.size()) return false;
    // Month name: "Jan 2020", "Sept. 2023", "January 15, 2020", "März 2021"
    if (int month = month_word(i)) {
      size_t j = i + 1;
      if (punct(j, ".")) ++j;
      // "Jan' 2021": India's apostrophe after the month, a four-digit year after it.
      if ((punct(j, "'") || punct(j, "’")) && touching(i, j) && is(j + 1, Token::Number) && year_of(tokens_[j + 1])) ++j;
      // "março de 2020", "enero del 2019": the month "of" the year.
      if (is(j, Token::Word) && (tokens_[j].text == "de" || tokens_[j].text == "del") && is(j + 1, Token::Number) &&
          year_of(tokens_[j + 1]))
        ++j;
      // "sept.-19", "Jan-19": a spreadsheet's "mmm-yy", the month and a two-digit year joined by a hyphen.
      if (punct(j, "-") && touching(j - 1, j) && is(j + 1, Token::Number) && tokens_[j + 1].text.size() == 2 && touching(j, j + 1) &&
          !(is(j + 2, Token::Number) && touching(j + 1, j + 2))) {
        int short_year = std::stoi(tokens_[j + 1].text);
        date = {short_year > 60 ? 1900 + short_year : 2000 + short_year, month, false, {}};
        style = DateStyle::MonthName;
        next = j + 2;
        return true;
      }
      // "jan/2020", "Jan-2020": a month and its year joined by a mark.
      if ((punct(j, "/") || (punct(j, "-") && touching(j - 1, j) && touching(j, j + 1))) && is(j + 1, Token::Number) &&
          year_of(tokens_[j + 1]))
        ++j;
      if (is(j, Token::Number) && small_number(tokens_[j], 31) && !year_of(tokens_[j])) {
        ++j;
        if (punct(j, ",")) ++j;
      } else if (punct(j, ",")) {
        ++j;
      }
      if (int year = year_at(j, next)) {
        date = {year, month, false, {}};
        style = DateStyle::MonthName;
        return true;
      }
      return false;
    }
    if (is(i, Token::Word)) {
      auto season = vocabulary().seasons.find(tokens_[i].text);
      // "Term 1 2020", "Semester 2, 2019": a school term names its year only, as a season does.
      static const std::set<std::string, std::less<>> kTerms = {"term", "semester", "trimester", "quarter"};
      bool term = kTerms.contains(tokens_[i].text) && small_at(i + 1, 4) && !year_of(tokens_[i + 1]);
      if (season == vocabulary().seasons.end() && !term) return false;
      size_t j = term ? i + 2 : i + 1;
      if (punct(j, ",")) ++j;
      // "verão de 2013", "verano del 2019": the season "of" the year, as a month's.
      if (!term && is(j, Token::Word) && (tokens_[j].text == "de" || tokens_[j].text == "del") && is(j + 1, Token::Number) &&
          year_of(tokens_[j + 1]))
        ++j;
      if (int year = year_at(j, next)) {
        date = {year, 0, false, {}};  // a season names no month: keep the year only
        style = DateStyle::Season;
        return true;
      }
      return false;
    }
    if (!is(i, Token::Number)) return false;
    // "01/2020", "1.2020", "15.03.2020"
    size_t j = i;
    if (glued_before(i)) return false;
    // "01-Sep-2014", "15 March 2020": a day before a month name.
    // Not "Substitute Teacher, K–8   Sept 2017": a grade range's end, glued to its dash after a letter, is no day
    // (a day range "10–12 March" or a date range "…2014–15-Mar-2020" keeps its figures).
    bool ends_range = i >= 2 && is_dash(i - 1) && touching(i - 1, i) && is(i - 2, Token::Word) && touching(i - 2, i - 1);
    if (small_at(i, 31) && !year_of(tokens_[i]) && !ends_range) {
      size_t month = punct(i + 1, "-") && touching(i, i + 1) ? i + 2 : i + 1;
      // Not "Foundation / Year 1      Jan 2017": a column gap parts the number from the month.
      bool close = month < tokens_.size() && tokens_[month].begin - tokens_[month - 1].end <= 1;
      if (close && month_word(month)) return date_at(month, next, date, style);
    }
    // "12/15/2020": the second number is no month, so the first is (US order).
    if (small_at(j, 12) && punct(j + 1, "/") && is(j + 2, Token::Number) && small_at(j + 2, 31) > 12 && punct(j + 3, "/") &&
        j + 4 < tokens_.size() && year_of(tokens_[j + 4])) {
      next = j + 5;
      date = {year_of(tokens_[j + 4]), small_at(j, 12), false, {}};
      style = DateStyle::NumericMonth;
      return true;
    }
    // "15.03.2020", "01/10/2018" (day first, as CVs outside the US write full dates)
    for (const char* mark : {".", "/", "-"})
      if (small_at(j, 31) && punct(j + 1, mark) && small_at(j + 2, 12) && punct(j + 3, mark) && j + 4 < tokens_.size() &&
          year_of(tokens_[j + 4])) {
        j += 2;  // skip the day
        break;
      }
    if (int month = small_at(j, 12);
        month && (punct(j + 1, "/") || punct(j + 1, ".") || punct(j + 1, "-")) && j + 2 < tokens_.size()) {
      if (int year = year_of(tokens_[j + 2])) {
        next = j + 3;
        date = {year, month, false, {}};
        style = DateStyle::NumericMonth;
        return true;
      }
    }
    int year = year_of(tokens_[i]);
    if (!year || counts_units(i + 1) || standard_edition(i)) return false;  // "(2000 horas)": an amount, no year
    // "2020-03", "2020/03", "2020.03": ISO year-month
    if ((punct(i + 1, "-") || punct(i + 1, "/") || punct(i + 1, ".")) && is(i + 2, Token::Number) && tokens_[i + 2].text.size() == 2 &&
        tokens_[i + 1].begin == tokens_[i].end && tokens_[i + 2].begin == tokens_[i + 1].end) {
      if (int month = small_number(tokens_[i + 2], 12)) {
        next = i + 3;
        date = {year, month, false, {}};
        style = DateStyle::NumericMonth;
        return true;
      }
    }
    next = i + 1;
    date = {year, 0, false, {}};
    style = DateStyle::YearOnly;
    return true;
  }

  /// "Present", "heute", "to date", "aujourd'hui".
  bool present_at(size_t i, size_t& next) const {
    if (!is(i, Token::Word)) return false;
    // "03/2018 – in corso", "en cours", "em curso": "in progress".
    if (is(i + 1, Token::Word) && (tokens_[i].text == "in" || tokens_[i].text == "en" || tokens_[i].text == "em") &&
        (tokens_[i + 1].text == "corso" || tokens_[i + 1].text == "cours" || tokens_[i + 1].text == "curso")) {
      next = i + 2;
      return true;
    }
    const auto& present = vocabulary().present;
    if (present.find(tokens_[i].text) == present.end()) return false;
    next = i + 1;
    if (punct(next, ".")) ++next;  // "2022–auj.", "– pres.": an abbreviation's full stop is part of it
    return true;
  }

  /// "alla data attuale", "the present day", "à ce jour", "a la fecha", "and counting", "to Till Date": a present
  /// word or an end-of-period noun after a few small words, the longest reading winning.
  bool present_phrase_at(size_t i, size_t& next) const {
    static const std::set<std::string, std::less<>> kSmallWords = {"the", "this", "alla", "à", "a", "la", "ce", "data", "and", "ad", "till"};
    static const std::set<std::string, std::less<>> kEndNouns = {"data", "date", "day", "jour", "fecha", "counting", "hoje"};
    static const std::set<std::string, std::less<>> kAmbiguous = {"data", "date", "day"};
    bool found = false;
    for (size_t k = i; k <= i + 3 && is(k, Token::Word); ++k) {
      size_t finish = k + 1;
      bool present = present_at(k, finish) || (k > i && kEndNouns.count(tokens_[k].text));
      if (present && is(finish, Token::Word) && tokens_[finish].text == "day") ++finish;  // "Present Day", "the present day"
      // "data", "date", "day" after an article also open names and clauses ("– The Data Incubator", "– the date of
      // closure"): there the phrase must end the text.
      bool ambiguous = k > i && kAmbiguous.count(tokens_[k].text) > 0 && (tokens_[k - 1].text == "the" || tokens_[k - 1].text == "this");
      if (present && (!ambiguous || !is(finish, Token::Word))) {
        next = std::max(finish, k + 1);
        found = true;
      }
      if (!kSmallWords.count(tokens_[k].text)) break;
    }
    return found;
  }

  bool adjacent_month_end(size_t i) const {
    size_t finish = i;
    PartialDate end;
    DateStyle end_style = DateStyle::None;
    if (present_at(i, finish)) return true;
    return date_at(i, finish, end, end_style) && end.month > 0;
  }

  size_t skip_connector(size_t i) const {
    // "Jan 2020 -- Present": a dash typed as two hyphens.
    if (punct(i, "-") && punct(i + 1, "-")) return skip_expected(i + 2);
    // "March 2020 – to date": a dash, then the word.
    if (is_dash(i) && is(i + 1, Token::Word) && vocabulary().connectors.count(tokens_[i + 1].text)) return skip_expected(i + 2);
    if (is_dash(i)) return skip_expected(i + 1);
    if (is(i, Token::Word) && vocabulary().connectors.count(tokens_[i].text)) return skip_expected(i + 1);
    return i;
  }

  /// "2023 – expected May 2026", "Sep 2019 – voraussichtlich 2022": a degree's end still to come.
  size_t skip_expected(size_t i) const {
    static const std::set<std::string, std::less<>> kExpected = {
        "expected", "anticipated", "est", "estimated", "voraussichtlich", "voraussichtl", "vsl", "prévu", "prévue", "prévisionnel",
        "previsto", "prevista", "previsão", "previsión", "verwacht"};
    if (!is(i, Token::Word) || !kExpected.count(tokens_[i].text)) return i;
    size_t next = i + 1;
    if (punct(next, ".") || punct(next, ":")) ++next;
    return next;
  }

  std::optional<DateMatch> range_at(size_t i) const {
    PartialDate start, end;
    DateStyle style = DateStyle::None, end_style = DateStyle::None;
    size_t next = i;
    if (is(i, Token::Word) && vocabulary().since.count(tokens_[i].text)) {
      if (!date_at(i + 1, next, start, style)) return std::nullopt;
      // "Dal 2015 al 2018", "Desde 2019 hasta 2021": from one date to another, not since.
      size_t to = skip_connector(next), finish = to;
      if (to != next && date_at(to, finish, end, end_style)) return make_match(i, finish, start, end, true, style);
      end = {};
      end.present = true;
      // "Dal 03/2017 ad oggi", "Desde 2019 hasta hoy": since, said twice.
      if (size_t after = to; to != next && present_at(to, after)) next = after;
      return make_match(i, next, start, end, true, style);
    }
    if (int first_year = school_year_at(i)) return school_year_range(i, first_year);
    int bare_month = 0;  // "Jan – Mar 2020", "3 - 4/2014": the start borrows the end's year
    bool numeric_bare = false;
    if (two_digit_range(i)) return two_digit_match(i);
    if (!date_at(i, next, start, style)) {
      bare_month = month_word(i);
      numeric_bare = !bare_month && !glued_before(i) && small_at(i, 12) && is_dash(i + 1);
      if (numeric_bare) bare_month = small_at(i, 12);
      if (!bare_month) return std::nullopt;
      next = punct(i + 1, ".") ? i + 2 : i + 1;
    }
    size_t after = skip_connector(next);
    // "Aug. 2016  May 2018", "Mar. 2022  Present": a dash drawn by a font with no text for it leaves two
    // month dates side by side, which read as a range.
    if (after == next && !(start.month > 0 && !bare_month && adjacent_month_end(next))) return std::nullopt;
    size_t finish = after;
    if (present_phrase_at(after, finish)) {
      if (bare_month) return std::nullopt;
      end.present = true;
    } else if (!date_at(after, finish, end, end_style)) {
      return std::nullopt;
    }
    if (bare_month) {
      if (end.year == 0 || (numeric_bare && end_style != DateStyle::NumericMonth)) return std::nullopt;
      start = {end.year, bare_month, false, {}};
      style = end_style;
    }
    return make_match(i, finish, start, end, true, style);
  }

  /// "2018/19": a school or academic year, its second year's last two figures after a slash; the year it opens.
  /// Read only where a school year is meant: after its label ("Curso", "a.s.", "Stagione"), opening the text or a part
  /// of it ("— 2023/24"), never a fiscal year ("FY 2019/20") or a product's version ("Dynamics NAV 2015/16").
  int school_year_at(size_t i) const {
    if (i + 2 >= tokens_.size() || !punct(i + 1, "/") || !touching(i, i + 1) || !touching(i + 1, i + 2) || glued_before(i)) return 0;
    int year = year_of(tokens_[i]);
    const auto& next = tokens_[i + 2];
    if (!year || next.kind != Token::Number || punct(i + 3, "/")) return 0;
    bool follows = next.text.size() == 2 ? std::stoi(next.text) == (year + 1) % 100 : year_of(next) == year + 1;  // "2011/2012"
    if (!follows) return 0;
    static const std::set<std::string, std::less<>> kFiscal = {"fy", "fiscal", "geschäftsjahr", "ejercicio", "exercice", "esercizio", "boekjaar"};
    if (i > 0 && is(i - 1, Token::Word) && kFiscal.count(tokens_[i - 1].text)) return 0;
    bool opens = i == 0 || school_year_label_before(i) != i || is(i - 1, Token::Punct);
    return opens ? year : 0;
  }

  /// "Curso 2018/19", "a.s. 2014/15 – 2017/18": from the first school year's start to the last one's end, the label
  /// before it ("a.a.", "a.s.", "curso", "school year") part of the dates.
  DateMatch school_year_range(size_t i, int first_year) const {
    PartialDate start{first_year, 0, false, {}}, end{first_year + 1, 0, false, {}};
    size_t finish = i + 3;
    size_t to = skip_connector(finish);
    if (int last_year = to != finish && to < tokens_.size() && is(to, Token::Number) ? school_year_at(to) : 0; last_year >= first_year) {
      end.year = last_year + 1;
      finish = to + 3;
    } else if (size_t after = to; to != finish && present_at(to, after)) {
      end = {};
      end.present = true;
      finish = after;
    }
    return make_match(school_year_label_before(i), finish, start, end, true, DateStyle::YearOnly);
  }

  size_t school_year_label_before(size_t i) const {
    static const std::set<std::string, std::less<>> kLabels = {"curso", "schooljaar", "schuljahr", "studienjahr", "year", "season",
                                                               "saison", "stagione", "temporada", "seizoen"};
    // "a.a." / "a.s.": Italy's academic and school years, four tokens.
    if (i >= 4 && punct(i - 1, ".") && punct(i - 3, ".") && is(i - 4, Token::Word) && tokens_[i - 4].text == "a" &&
        is(i - 2, Token::Word) && (tokens_[i - 2].text == "a" || tokens_[i - 2].text == "s"))
      return i - 4;
    return i >= 1 && is(i - 1, Token::Word) && kLabels.count(tokens_[i - 1].text) ? i - 1 : i;
  }

  /// "05/04 - 06/14": month/two-digit-year on both sides of a dash (a lone "05/04" is too ambiguous).
  bool short_date_at(size_t i) const {
    return small_at(i, 12) && punct(i + 1, "/") && is(i + 2, Token::Number) && tokens_[i + 2].text.size() == 2 &&
           touching(i, i + 1) && touching(i + 1, i + 2) && !glued_before(i) && !punct(i + 3, "/");
  }
  bool two_digit_range(size_t i) const { return short_date_at(i) && is_dash(i + 3) && short_date_at(i + 4); }
  static int century(const Token& token) {
    int year = std::stoi(token.text);
    return year <= 40 ? 2000 + year : 1900 + year;
  }
  std::optional<DateMatch> two_digit_match(size_t i) const {
    PartialDate start{century(tokens_[i + 2]), small_at(i, 12), false, {}};
    PartialDate end{century(tokens_[i + 6]), small_at(i + 4, 12), false, {}};
    return make_match(i, i + 7, start, end, true, DateStyle::NumericMonth);
  }

  DateMatch make_match(size_t first, size_t next, PartialDate start, PartialDate end, bool range,
                       DateStyle style) const {
    DateMatch match;
    match.begin = tokens_[first].begin;
    match.finish = tokens_[next - 1].end;
    match.range = range;
    match.style = style;
    match.start = start;
    match.end = end;
    match.start.text = std::string(trim(text_.substr(match.begin, match.finish - match.begin)));
    return match;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
};

}  // namespace

/// "Saisons été 2014 et 2015", "Seasons summer 2019": the word saying the dates are seasons is the date's.
void take_seasons_word(std::string_view text, DateMatch& date) {
  if (date.style != DateStyle::Season || date.begin < 2 || text[date.begin - 1] != ' ') return;
  auto space = text.rfind(' ', date.begin - 2);
  auto word = fold_case(text.substr(space == std::string_view::npos ? 0 : space + 1, date.begin - 1 - (space == std::string_view::npos ? 0 : space + 1)));
  // Plural only: "Socorrista de temporada verano 2023" is a seasonal lifeguard.
  static const std::set<std::string, std::less<>> kSeasons = {"saisons", "seasons", "temporadas", "stagioni", "seizoenen", "saisonen"};
  if (kSeasons.count(word)) date.begin = space == std::string_view::npos ? 0 : space + 1;
}

std::optional<DateMatch> find_date(std::string_view text) {
  DateParser parser(text);
  auto date = parser.first_range();
  if (!date) date = parser.first_single();
  if (date) take_seasons_word(text, *date);
  return date;
}

bool names_present(std::string_view word) {
  word = trim(word);
  const std::string prefix = "2020 - ";  // a range start, so the word is read as its end
  auto range = find_date(prefix + std::string(word));
  return range && range->end.present && range->finish >= prefix.size() + word.size() - 1;
}

std::optional<DateMatch> range_end_at_start(std::string_view text) {
  const std::string open = "2020 ";  // a range start, so the dash and what follows read as its end
  auto end = find_date(open + std::string(text));
  if (!end || !end->range || end->begin != 0 || end->finish <= open.size()) return std::nullopt;
  end->finish -= open.size();
  return end;
}

const char* date_style_name(DateStyle style) {
  switch (style) {
    case DateStyle::MonthName: return "month name and year (\"Jan 2020\")";
    case DateStyle::NumericMonth: return "numeric month (\"01/2020\")";
    case DateStyle::YearOnly: return "year only (\"2020\")";
    case DateStyle::Season: return "season and year (\"Summer 2020\")";
    case DateStyle::None: break;
  }
  return "none";
}

bool is_date_only(std::string_view text) {
  text = trim(text);
  auto date = find_date(text);
  return date && date->begin == 0 && date->finish == text.size();
}

}  // namespace atslint
