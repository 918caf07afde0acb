#include "linter/structure/entries.h"

#include <algorithm>
#include <map>
#include <cstring>
#include <regex>
#include <set>
#include <utility>

#include "linter/patterns.h"
#include "linter/structure/dates.h"
#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "linter/structure/labelled_entries.h"
#include "linter/structure/line_text.h"
#include "linter/structure/section_synonyms.h"
#include "linter/structure/table_entries.h"
#include "linter/text_util.h"

namespace atslint {

bool names_classification(const std::string& text);

bool names_academic_honour(std::string_view text);

std::optional<PartialDate> expected_end(const std::string& text);  // "Expected April 2027": with the education fields
bool names_exchange_remark(const std::string& text);                // "Exchange semester: Straits University (2016)"

std::string drop_rating_stars(std::string part) {
  if (part.find("★") == std::string::npos && part.find("☆") == std::string::npos && part.find("**") == std::string::npos)
    return part;  // every header part passes here
  // "Grand Hotel Villa Aurora *****", "Hotel Villa Adriatica ***S", "Grand Hotel Belvedere ★★★★S" (superior).
  static const std::regex kStars{R"(\s*(?:★|☆){2,7}\s?S?\s*$|\s+\*{2,7}S?\s*$)"};
  return std::regex_replace(part, kStars, "");
}

size_t bullet_glyph_length(std::string_view text) {
  // "o Perform checks": Word's second-level bullet, a letter o in Courier.
  if (text.starts_with("o ") && text.size() > 2 && std::isupper(static_cast<unsigned char>(text[2]))) return 2;
  size_t space = text.find_first_of(" \t");  // "•\tCut latency": a typed bullet and a tab, as Word users set them
  if (space == std::string_view::npos || space + 1 >= text.size() || !is_bullet_symbol(text.substr(0, space))) return 0;
  return space + 1;
}

/// The byte length of a hyphen closing `text`: "-", or TeX's U+2010 "‐"; 0 when none.
static size_t closing_hyphen_length(std::string_view text) {
  if (text.ends_with("-")) return 1;
  return text.ends_with("\u2010") ? 3 : 0;
}

/// A word broken at a hyphen after a letter ("Logistikdienstleis-", "Franzö-", "Post-").
bool ends_in_word_hyphen(std::string_view above) {
  above = trim(above);
  size_t hyphen = closing_hyphen_length(above);
  unsigned char before = hyphen > 0 && above.size() >= hyphen + 2 ? static_cast<unsigned char>(above[above.size() - hyphen - 1]) : 0;
  return hyphen > 0 && above.size() >= hyphen + 2 && (std::isalpha(before) || before >= 0x80);
}

void add_highlight(WorkEntry& job, size_t entry, const std::string& text, size_t line, const Section& section,
                   const Document& document, Resume& resume) {
  job.highlights.push_back(text);
  job.bullet_indices.push_back(resume.bullets.size());
  resume.bullets.push_back({text, section.canonical, document.lines[line].location, line, static_cast<int>(entry)});
}

namespace {

struct Item {
  size_t line = 0;
  std::string text;
};

/// One entry's lines: a header (title, employer, dates) then bullets or prose.
struct Block {
  std::vector<Item> header;
  std::vector<Item> bullets;
  std::vector<Item> prose;
  bool has_date() const {
    return std::any_of(header.begin(), header.end(), [](const Item& i) { return find_date(i.text).has_value(); });
  }
};

int indent_of(const Line& line) {
  if (line.location.box) return static_cast<int>(line.location.box->x0);
  return line.location.column;
}

/// Set further right than `reference`: by a tab stop on a page (glyph bearings move a line's
/// left edge by a few points), by two characters in plain text.
bool indented_past(const Line& line, const Line& reference) {
  if (line.location.box && reference.location.box) return line.location.box->x0 > reference.location.box->x0 + 6;
  return indent_of(line) > indent_of(reference) + 1;
}

/// "mar 2022 – atual   Product Designer Sênior" over "São Paulo, SP   Pagali Pagamentos S.A.": a row of the
/// same two columns, its second cell where the header's starts, however its first sits in the rail.
bool same_columns_as(const Line& line, const Line& header) {
  auto cells = cells_of(line), header_cells = cells_of(header);
  return cells.size() == 2 && header_cells.size() == 2 && line.location.box && std::abs(cells[1].x0 - header_cells[1].x0) < 2;
}

/// "01/10/2020-aktuell   Wissenschaftliche Hilfskraft" / "Institut für …" set under the title: the
/// line starts where a later field of the header does, so it continues the header's column.
/// `text`: the line as read, which may have lost a date fragment at its start to the line above.
/// `plain_text_columns`: in plain text, judge by character columns (education, where no duties follow).
bool starts_in_column_of(const Line& line, const Line& header, std::string_view text, bool plain_text_columns) {
  if (!line.location.box && !header.location.box) {
    if (!plain_text_columns) return false;  // duties are typed in that column too, under jobs
    // Plain text: "2008 - 2011   Berufsausbildung …" over "              Berufskolleg Ehrenfeld": the same character column
    // (two spaces part the columns too: "2009 - 2011  Técnico Superior …").
    auto gap = header.text.find("  ");
    auto field = gap == std::string::npos ? std::string::npos : header.text.find_first_not_of(' ', gap);
    return field != std::string::npos && std::abs(line.location.column - (header.location.column + static_cast<int>(field))) <= 1;
  }
  if (!line.location.box || header.runs.size() < 2) return false;
  double x = line.location.box->x0;
  text = trim(text);
  for (const auto& run : line.runs)  // where the text read starts: "2013   Fiduciaire …" read without "2013"
    if (run.location.box && !trim(run.text).empty() && text.starts_with(trim(run.text))) {
      x = run.location.box->x0;
      break;
    }
  return std::any_of(header.runs.begin() + 1, header.runs.end(), [&](const TextRun& run) {
    return run.location.box && std::abs(run.location.box->x0 - x) < 8;  // glyph bearings and tab stops differ a little
  });
}

/// "•" alone on its line: a template's marker centred beside a two-line header, between the
/// lines rather than on either; it marks neither line.
bool is_lone_bullet(std::string_view text) {
  return !text.empty() && bullet_glyph_length(std::string(text) + " x") == text.size() + 1;
}

/// Where a bullet's marker starts: wrapped lines are indented past it.
int marker_indent(const Line& line) {
  if (line.painted_marker_x) return static_cast<int>(*line.painted_marker_x);
  if (line.location.box) return static_cast<int>(line.location.box->x0);
  return line.location.column - static_cast<int>(line.list_marker.size()) - 1;
}

/// ". " after a lower-case word of three letters or more ("results. Then"), not
/// after an abbreviation ("H.R. Management", "Inc. Data").
bool has_sentence_break(std::string_view text) {
  for (size_t at = text.find(". "); at != std::string_view::npos; at = text.find(". ", at + 1)) {
    size_t start = at;
    auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; };
    while (start > 0 && letter(text[start - 1])) --start;  // whole UTF-8 words: "València", not "ncia"
    auto word = text.substr(start, at - start);
    bool lower = starts_lower(word) &&
                 std::none_of(word.begin(), word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    if (word.size() >= 3 && lower) return true;
  }
  return false;
}

/// "S.A. de C.V.", "Acme Co.", "Example Inc.": a full stop that closes an abbreviation.
bool ends_in_abbreviation(std::string_view text) {
  text = trim(text);
  size_t start = text.find_last_of(' ');
  auto word = text.substr(start == std::string_view::npos ? 0 : start + 1);
  word.remove_suffix(word.empty() ? 0 : 1);
  if (word.find('.') != std::string_view::npos) return true;  // "C.V.", "Ph.D."
  // "Govt. Senior Secondary School", "Profa. Maria": longer words written short.
  static const std::set<std::string, std::less<>> kShortened{"Govt", "Univ", "Inst", "Natl", "Intl", "Assoc", "Mgmt", "Engg", "Prof", "Profa"};
  if (kShortened.count(word)) return true;
  return organisation_score(word) > 0 || (word.size() <= 3 && !word.empty() && std::isupper(static_cast<unsigned char>(word[0])));
}

/// "…of Aberdeen": the text closes on a word of five letters or more, no initial ("“A") or abbreviation ("Univ").
bool ends_in_word(std::string_view text) {
  auto word = text.substr(text.find_last_of(' ') == std::string_view::npos ? 0 : text.find_last_of(' ') + 1);
  return character_count(word) >= 5 && std::all_of(word.begin(), word.end(), [](char c) {
           return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80);
         }) && !ends_in_abbreviation(std::string(text) + ".");
}

const std::regex& score_pattern();  // "GPA 3.8", "Note 1,7": below, with the education fields
bool names_completion(const std::vector<std::string>& words);

/// "Diplômée en juin 2017", "Graduated May 2019 · …": a line opening on the word for finishing, then one date.
bool opens_with_completion_date(const std::string& text) {
  auto date = find_date(text);
  if (!date || date->range || date->begin == 0 || !names_completion(plain_words(text.substr(0, date->begin)))) return false;
  // Not "Diplômée en 2019 · Master of Science in Management, University of Mannheim": a degree of its own.
  auto parts = split_parts(text.substr(date->finish));
  return std::none_of(parts.begin(), parts.end(), [](const std::string& part) { return degree_length(part) > 0; });
}

/// Sentences, not an entry header: long, or ending or broken by a full stop.
bool is_prose(std::string_view text) {
  if (text.find("   ") != std::string_view::npos) return false;  // column gaps: a header laid out in columns
  for (const char* separator : {" | ", " · ", " — ", " – ", " → "})
    if (text.find(separator) != std::string_view::npos) return false;  // header separators
  int words = static_cast<int>(plain_words(text).size());
  bool sentence_stop = (text.back() == '.' && !ends_in_abbreviation(text)) || has_sentence_break(text);
  // "Material Handler - Spherion Staffing (assigned to Abbott Nutrition) - Columbus, OH": typed hyphens part a header.
  size_t first_hyphen = text.find(" - ");
  if (!sentence_stop && first_hyphen != std::string_view::npos && text.find(" - ", first_hyphen + 3) != std::string_view::npos) return false;
  // "Instituto de Ciências Matemáticas e de Computação (ICMC-USP) - São Carlos, SP": an employer, then its place.
  if (!sentence_stop && first_hyphen != std::string_view::npos && is_location(text.substr(first_hyphen + 3))) return false;
  // "Chefe de Cozinha - Taberna do Largo, Lda. (Lisboa, Príncipe Real)": a title, then an employer its legal form names.
  // Not "Introduced a rating scheme with the consultancy - Roland Berger GmbH": a short title opens the line.
  if (!sentence_stop && first_hyphen != std::string_view::npos && count_words(text.substr(0, first_hyphen)) <= 4 &&
      title_score(text.substr(0, first_hyphen)) > 0) {
    auto employer = text.substr(first_hyphen + 3);
    if (has_legal_form(trim(employer.substr(0, employer.find(" ("))))) return false;
  }
  // "EDBI Pte Ltd/ EDB Investments Pte Ltd/ Bio*One Capital Pte Ltd", "Universidad …, Facultad de …": names.
  if (!sentence_stop && words < 16 && organisation_score(text) + institution_score(text) >= 2) return false;
  // "Faculdade de Direito da Universidade de Lisboa. Classificação final: 16 valores.": a school, then its grade.
  // Not "… at Riverside Primary School. Grade 6 pupils only.": the grade is all the rest says.
  if (auto stop = text.rfind(". "); stop != std::string_view::npos && institution_score(text.substr(0, stop)) > 0) {  // not "“G. B. Scorza”"
    auto rest = std::string(trim(text.substr(stop + 2)));
    while (!rest.empty() && rest.back() == '.') rest.pop_back();
    // "Voto: 110/110 e lode": an honour may follow the grade.
    static const std::regex kHonour{R"(^\s*(?:e lode|con lode|(?:summa |magna )?cum laude|com distin(?:çã|ca)o|avec mention\b.*)?$)",
                                    std::regex::icase};
    std::smatch grade;
    if (std::regex_search(rest, grade, score_pattern()) && grade.position(0) == 0 && std::regex_match(grade.suffix().str(), kHonour))
      return false;
  }
  return words >= 10 || (words >= 6 && sentence_stop);
}

/// "Apr 2021 – Present · Bhopal": the dates, then only the town after a separator.
bool dates_then_town(std::string_view text) {
  text = trim(text);
  auto date = find_date(text);
  if (!date || date->begin != 0) return false;
  auto rest = trim(text.substr(date->finish));
  for (std::string_view mark : {"·", "|", ",", "–", "-"})
    if (rest.starts_with(mark)) {
      auto town = trim(rest.substr(mark.size()));
      return !town.empty() && (is_location(town) || (count_words(town) <= 3 && is_place_name(town))) &&
             title_score(town) + organisation_score(town) + institution_score(town) == 0;
    }
  return false;
}

std::string drop_durations(const std::string& text);

bool next_is_date_only(const SectionText& lines, size_t from, size_t end) {
  for (size_t i = from; i < end; ++i)
    if (!trim(lines.text[i]).empty()) {
      if (lines.document.lines[i].list_item) return false;
      // "Apr 2023 - Present · 1 yr 11 mos": the time spent there after the dates says no more.
      auto text = lines.text[i].find_first_of("0123456789") == std::string::npos ? lines.text[i] : drop_durations(lines.text[i]);
      auto kept = trim(text);
      for (std::string_view mark : {"·", "|"})
        if (kept.ends_with(mark)) kept = trim(kept.substr(0, kept.size() - mark.size()));
      return is_date_only(kept) || dates_then_town(kept);
    }
  return false;
}

bool next_is_bullet(const SectionText& lines, size_t from, size_t end);

/// "…, Nortefil Têxteis Técnicos, S.A.," / "Guimarães" / "FEV 2016 — JUL 2016": a header left open on its comma, its
/// town wrapped onto the next line, then its dates alone.
bool town_then_dates(std::string_view header, const SectionText& lines, size_t from, size_t end) {
  if (!trim(header).ends_with(',') || from >= end || lines.document.lines[from].list_item) return false;
  auto town = trim(lines.text[from]);
  bool named = !town.empty() && count_words(town) <= 3 && !starts_lower(town) && digits_of(town).empty() &&
               title_score(town) + organisation_score(town) + institution_score(town) == 0;
  return named && next_is_date_only(lines, from + 1, end);
}

/// "01/2020 – oggi" / "Architetto senior – Capo progetto" / "– Coordinamento …": a role's dates alone, then its
/// title in the same column under the employer; short, or over its bullets.
/// "Estagiária de Engenharia de Processo (estágio curricular)": capitalised words and short links, lower case only in
/// brackets; not "Senior Data Analyst for the retail banking unit", a duty.
bool capitalised_like_title(std::string_view text) {
  int depth = 0;
  for (const auto& word : split_words(std::string(text))) {
    bool opens = word.front() == '(', closes = word.back() == ')';
    depth += opens ? 1 : 0;
    if (depth == 0 && starts_lower(word) && character_count(word) > 3) return false;
    depth -= closes && depth > 0 ? 1 : 0;
  }
  return true;
}

bool role_title_below_dates(const SectionText& lines, const Item& dates, size_t i, size_t end) {
  auto text = trim(lines.text[i]);
  size_t words = count_words(text);
  // Indented under its dates ("set. 2019 – atualidade" / "    Engenheira de I&D – Materiais Compósitos") only when it names a title.
  bool short_or_over_bullets = words <= 5 || next_is_bullet(lines, i + 1, end);
  bool indented = indented_past(lines.document.lines[i], lines.document.lines[dates.line]);
  // Texinfo's "Senior Systemadministrator Linux, Donautal Logistik GmbH & Co. KG, Ulm" over its duties: a title, then
  // a firm its legal form names, however long.
  auto firm = [&] {
    auto comma = text.find(", ");
    if (comma == std::string_view::npos || words > 12 || !next_is_bullet(lines, i + 1, end)) return false;
    auto title = text.substr(0, comma), rest = text.substr(comma + 2);
    return title_score(title) > 0 && capitalised_like_title(title) && has_legal_form(rest.substr(0, rest.find(", ")));
  };
  return is_date_only(dates.text) && !ends_sentence(text) &&
         ((words <= 10 && ((short_or_over_bullets && !indented) || (title_score(text) > 0 && words <= 8 && capitalised_like_title(text)))) ||
          firm());
}

bool next_has_date(const SectionText& lines, size_t from, size_t end) {
  for (size_t i = from; i < end; ++i) {
    if (trim(lines.text[i]).empty() || is_lone_bullet(trim(lines.text[i]))) continue;
    return !lines.document.lines[i].list_item && find_date(lines.text[i]).has_value();
  }
  return false;
}

/// A dated line (no list item) among the next `count` non-empty lines.
bool dated_within(const SectionText& lines, size_t from, size_t end, int count) {
  for (size_t i = from; i < end && count > 0; ++i) {
    if (trim(lines.text[i]).empty()) continue;
    if (!lines.document.lines[i].list_item && find_date(lines.text[i])) return true;
    --count;
  }
  return false;
}

/// The next line goes on in lower case; "sept. 2016 – déc. 2019" opens with a date instead.
bool next_starts_lower(const SectionText& lines, size_t from, size_t end) {
  for (size_t i = from; i < end; ++i)
    if (auto text = trim(lines.text[i]); !text.empty()) {
      auto date = find_date(text);
      return starts_lower(text) && !(date && date->begin == 0);
    }
  return false;
}

/// A short capitalised line follows: "American Express", not "competitive universities. Taught …".
bool next_is_name(const SectionText& lines, size_t from, size_t end) {
  for (size_t i = from; i < end; ++i) {
    auto text = trim(lines.text[i]);
    if (!text.empty()) return std::isupper(static_cast<unsigned char>(text[0])) && count_words(text) <= 6 && !ends_sentence(text);
  }
  return false;
}

/// "Elternzeit", "Parental leave", "Career break", "Congé parental": time away from work.
bool is_career_break(std::string_view title) {
  static const std::regex kBreak{
      R"(^(?:elternzeit|mutterschutz|parental leave|maternity leave|paternity leave|career break|sabbatical|congé parental|congé maternité|baja (?:por )?maternidad|licença maternidade|congedo (?:di )?maternità|ouderschapsverlof|zwangerschapsverlof)(?:\s*\(.*\))?$)",
      std::regex::icase};
  auto text = trim(title);
  return std::regex_match(text.begin(), text.end(), kBreak);
}

/// "2019–2022  Postdoctoral Fellow, …": a line that opens with its dates (a date column).
bool starts_with_date(std::string_view text) {
  auto date = find_date(text);
  return date && date->begin == static_cast<size_t>(text.find_first_not_of(' '));
}

/// A ", " outside brackets: "Fellow, Department of …", not "Cashier (part-time, weekends)".
bool has_open_comma(std::string_view text) {
  for (auto comma = text.find(", "); comma != std::string_view::npos; comma = text.find(", ", comma + 1))
    if (!inside_brackets(text, comma)) return true;
  return false;
}

/// "…, Universidade Estadual Paulista (Unesp), Rio" / "Claro – SP": the words after the line's last comma and the
/// short line below make one place, "Rio Claro – SP", though neither half does alone.
bool town_goes_on(std::string_view above, std::string_view line) {
  auto comma = above.rfind(", ");
  line = trim(line);
  if (comma == std::string_view::npos || inside_brackets(above, comma) || count_words(line) > 3 || starts_lower(line)) return false;
  auto head = trim(above.substr(comma + 2));
  if (count_words(head) > 2 || !is_place_name(head)) return false;
  auto joined = std::string(head) + " " + std::string(line);
  static const std::regex kTownState{R"(^(.+?)\s(?:–|-|/)\s([A-Z]{2})$)"};
  std::smatch match;
  bool town_state = std::regex_match(joined, match, kTownState) && is_brazilian_state(match.str(2)) && is_place_name(match.str(1));
  return town_state || is_location(joined);
}

/// How a section's entries carry their dates, from one date search per line.
struct DateLayout {
  /// "seit 03/2020" / "Vertriebsleiter" / …: every entry opens with a line holding only its dates (the
  /// section opens so, and no other line holds a range).
  bool lead = false;
  /// "Sept. 2020 - aujourd'hui   Comptable général(e)": entries open with their dates in a column of their own,
  /// set apart from the text by a column gap (the section's first dated line so, and another).
  bool column = false;
};

DateLayout date_layout(const SectionText& lines, const Section& section) {
  bool first_seen = false, first_only = false, other_range = false, first_dated_seen = false, first_in_column = false;
  int only_lines = 0, column_lines = 0;
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    auto text = trim(lines.text[i]);
    if (text.empty()) continue;
    auto date = find_date(text);
    bool only = is_date_only(text);
    if (!std::exchange(first_seen, true)) first_only = only;
    other_range = other_range || (!only && date && date->range);
    only_lines += only ? 1 : 0;
    if (!date) continue;
    bool in_column = date->begin == 0 && text.substr(date->finish).starts_with("   ");
    if (!std::exchange(first_dated_seen, true)) first_in_column = in_column;
    column_lines += in_column ? 1 : 0;
  }
  return {first_only && !other_range && only_lines >= 2, first_in_column && column_lines >= 2};
}

/// "… de la région Centre-Est en", "SUV em": text ending on a preposition that a year follows.
/// The last word of `text`.
std::string_view last_word_of(std::string_view text) {
  text = trim(text);
  return text.substr(text.rfind(' ') == std::string_view::npos ? 0 : text.rfind(' ') + 1);
}

/// "seit", "ab", "since", "depuis": a preposition that asks for the year a span starts or ends at, closing `text`.
bool ends_asking_for_year(std::string_view text) {
  static const std::set<std::string, std::less<>> kSince = {"since", "seit", "ab", "depuis", "dès", "desde", "sinds", "vanaf",
                                                            "until", "bis", "até", "hasta"};
  return kSince.contains(last_word_of(text));
}

/// "launch in", "SUV em", "seit": a preposition a year may follow, closing `text`.
bool ends_in_year_preposition(std::string_view text) {
  static const std::set<std::string, std::less<>> kIn = {"in", "em", "en", "im", "dans", "nel", "during"};
  return kIn.contains(last_word_of(text)) || ends_asking_for_year(text);
}

/// "2015 stellvertretende Vorarbeiterin.": a lone year opening a line, the sentence going on in lower case to its end.
bool opens_on_lone_year(const std::string& text) {
  auto year = find_date(text);
  return year && !year->range && year->begin == 0 && starts_lower(trim(std::string_view(text).substr(year->finish))) &&
         ends_sentence(text);
}

/// "SUV em 2022", "launch in 2019": a lone year after a lower-case preposition.
bool year_follows_preposition(std::string_view text, const DateMatch& date) {
  return !date.range && date.begin > 0 && ends_in_year_preposition(text.substr(0, date.begin));
}

/// A date that heads an entry, not a year inside a sentence ("Moved into the platform team in 2017 to …").
bool dates_a_header(std::string_view text, bool opens_in_bold = false) {
  auto date = find_date(text);
  if (!date) return false;
  // "… acquired by Stryvant Medical in 2018.": a long sentence may also end on its year.
  bool mid_sentence = !date->range && date->begin > 0 && ends_sentence(text) &&
                      ((count_words(text) >= 10 && count_words(text.substr(date->finish)) >= 2) || count_words(text) >= 12);
  // "… 18 nieuwe opdrachtgevers geworven in 2018.": a sentence's year after its preposition.
  auto before = trim(text.substr(0, date->begin));
  bool after_preposition = !date->range && ends_sentence(text) && count_words(text) >= 6 && !before.empty() &&
                           std::isalpha(static_cast<unsigned char>(before.back())) && ends_with_connector(before) &&
                           starts_lower(before.substr(before.rfind(' ') + 1));
  // "… kabaddi squad during the 2019–20 season": a date between lower-case words inside a long sentence.
  auto after = trim(text.substr(date->finish));
  for (const char* tail : {"–", "—", "-", "/"})  // "2019–20 season": the season's second year
    if (after.starts_with(tail)) after = trim(after.substr(std::string_view(tail).size()));
  while (!after.empty() && std::isdigit(static_cast<unsigned char>(after.front()))) after.remove_prefix(1);
  after = trim(after);
  // The date is a modifier after an article ("the 2019–20 season"), not a span after "from" or "depuis".
  static const std::set<std::string, std::less<>> kArticles = {"the", "a", "an", "le", "la", "les", "der", "die", "das", "den",
                                                               "dem", "il", "lo", "el", "los", "las", "het", "een"};
  auto last_word = before.substr(before.rfind(' ') == std::string_view::npos ? 0 : before.rfind(' ') + 1);
  bool inside_phrase = count_words(text) >= 8 && !after.empty() && kArticles.count(last_word) > 0 && starts_lower(after);
  // "Soutenue le 8 décembre 2022, mention …", "defended on 12 March 2021.": the day of an event, no entry's period.
  static const std::regex kOnTheDay{R"((?:^|\s)(?:le|am|on|il|el|em|op)(?:\s+\d{1,2}(?:er|\.|st|nd|rd|th)?)?$)", std::regex::icase};
  auto head = std::string(before);
  bool event_day = !date->range && date->begin > 0 && std::regex_search(head, kOnTheDay);
  // "Achieved 121% of annual quota in 2021 and 109% in 2020, closing …": a long line going on in lower case
  // after the year its preposition set, wrapped before the sentence ends.
  bool year_in_running_text = !date->range && count_words(text) >= 10 && !before.empty() && ends_with_connector(before) &&
                              starts_lower(before.substr(before.rfind(' ') + 1)) && count_words(after) >= 3 && starts_lower(after);
  // "Diretora de turma (2018–atual) e coordenadora do Departamento …": a bracketed period the sentence runs on past.
  auto after_bracket = trim(text.substr(date->finish));
  // Not "**Diretora de turma** (2018–atual) e coordenadora …": a title in bold opens a header.
  bool aside_in_sentence = !opens_in_bold && date->range && before.ends_with("(") && after_bracket.starts_with(")") && count_words(text) >= 8 &&
                           starts_lower(trim(after_bracket.substr(1))) && count_words(after_bracket) >= 3;
  // "Since 2016 I have supervised 5 MSc … students.": a sentence the writer tells in the first person.
  static const std::set<std::string, std::less<>> kPronouns = {"i", "we", "ich", "wir", "je", "j'ai", "j’ai", "nous",
                                                               "yo", "eu", "io", "ik", "wij"};
  auto first_word = fold_case(after_bracket.substr(0, after_bracket.find(' ')));
  bool told_in_person = ends_sentence(text) && count_words(after_bracket) >= 6 && kPronouns.count(first_word) > 0;
  // "EMR: Epic (Cerner until 2021)": a lone year a preposition asks for, inside a remark's brackets after other words.
  bool bracketed_since = !date->range && inside_brackets(text, date->begin) && ends_asking_for_year(before) &&
                         count_words(text.substr(0, text.rfind('(', date->begin))) >= 2;
  return !mid_sentence && !after_preposition && !inside_phrase && !event_day && !year_in_running_text && !aside_in_sentence &&
         !told_in_person && !bracketed_since;
}

/// "Regionale Umsatzsteigerung um 27 % gegenüber Vorjahresplan (2017)" among a job's duties: a year in
/// brackets closing a long phrase that names no employer or school, and no separator parts it.
bool year_remark(std::string_view text, const std::optional<DateMatch>& date) {
  if (!date || date->range || date->begin == 0 || !trim(text).ends_with(")")) return false;
  auto before = trim(text.substr(0, date->begin));
  if (!before.ends_with("(") || count_words(before) < 7) return false;
  for (const char* separator : {" | ", " · ", " — ", " – ", " - ", " at ", " bei ", " chez ", " presso ", " bij ", ", "})
    if (before.find(separator) != std::string_view::npos) return false;
  return organisation_score(before) + institution_score(before) == 0;
}

/// The next line is a list item nested deeper than `indent`.
bool next_is_deeper_item(const SectionText& lines, size_t from, size_t end, int indent) {
  for (size_t i = from; i < end; ++i) {
    const Line& line = lines.document.lines[i];
    if (!trim(lines.text[i]).empty()) return line.list_item && marker_indent(line) > indent;
  }
  return false;
}

bool named_like_organisation(std::string_view text);

/// The glyph or number that marks line `k` as a list item ("•", "◦", "2."), "" for a plain line.
std::string marker_at(const SectionText& lines, size_t k) {
  const Line& line = lines.document.lines[k];
  auto text = trim(lines.text[k]);
  return line.list_item ? line.list_marker : std::string(text.substr(0, bullet_glyph_length(text)));
}

/// The next line is an employer's, unmarked ("Hellwege Logistik GmbH & Co. KG, Oldenburg"; not a duty's wrap in
/// lower case), and the list item after it carries another glyph than `marker`.
bool employer_then_other_marks(const SectionText& lines, size_t from, size_t end, const std::string& marker) {
  size_t k = from;
  while (k < end && trim(lines.text[k]).empty()) ++k;
  if (k >= end || !marker_at(lines, k).empty()) return false;
  auto employer = trim(lines.text[k]);
  auto name = employer.substr(0, employer.find(", "));
  if (starts_lower(employer) || (employer_words(name) == 0 && !has_legal_form(name) && !named_like_organisation(name))) return false;
  for (++k; k < end && k <= from + 3; ++k) {
    if (trim(lines.text[k]).empty()) continue;
    auto other = marker_at(lines, k);
    if (!other.empty()) return other != marker;
  }
  return false;
}

/// A date in a list item's text, not a figure inside a sentence ("in 2019 we ...").
bool item_date_of(std::string_view body) {
  auto date = find_date(body);
  return date && count_words(body) <= 14;
}

bool next_is_bullet(const SectionText& lines, size_t from, size_t end) {
  for (size_t i = from; i < end; ++i) {
    auto text = trim(lines.text[i]);
    if (!text.empty()) return lines.document.lines[i].list_item || bullet_glyph_length(text) > 0;
  }
  return false;
}

/// "KEY RESPONSIBILITIES", "Achievements", "Aufgaben", "Réalisations": a label over a job's duties or results, in
/// the seven languages (not "BLUE HARBOR", an employer in capitals).
bool names_duties_or_results(std::string_view text) {
  static const std::regex kLabel{
      R"(^(?:key\s+|main\s+|major\s+|selected\s+)?(?:responsibilities|duties|tasks|achievements|accomplishments|results|highlights|aufgaben|tätigkeiten|erfolge|ergebnisse|missions|réalisations|realisations|résultats|responsabilités|tâches|funciones|logros|responsabilidades|tareas|funções|conquistas|resultados|mansioni|risultati|responsabilità|attività|taken|verantwoordelijkheden|resultaten|prestaties)$)",
      std::regex::icase};
  auto words = collapse_spaces(trim(text));
  return std::regex_match(words, kLabel);
}

/// "Tools: Python, SQL", "Results:", "Reason for leaving: …": a short label (or a detail's) and a colon, no date.
bool is_labelled_detail(std::string_view text) {
  auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0 || find_date(text)) return false;
  auto label = text.substr(0, colon);
  // "Client : Lorraine Câblage Industrie – Sarreguemines (57)" after a mission's rows: the next entry's employer.
  if (names_employer_field(label)) return false;
  return (count_words(label) <= 2 || names_detail_field(label)) && label.find_first_of(",|") == std::string_view::npos &&
         find_urls(text).empty();
}

/// "mars 2021" / "– aujourd'hui" in a card's date cell, the title beside it, then "Clinique du Parc de l'Allan –
/// Montbéliard" under the title: a line starting on a page where a header line after the first does goes on the header,
/// however far past the dates it starts.
bool lines_up_with_later_header_line(const SectionText& lines, const Block& block, const Line& line) {
  for (size_t h = 1; h < block.header.size(); ++h) {
    const Line& above = lines.document.lines[block.header[h].line];
    if (line.location.box && above.location.box && std::abs(line.location.box->x0 - above.location.box->x0) <= 2 &&
        indented_past(line, lines.document.lines[block.header.front().line]))
      return true;
  }
  return false;
}

/// "Contexte   Fonderie aluminium …", "Environnement   IATF 16949, APQP": a detail's label in a cell beside its value.
bool is_detail_row(std::string_view text) {
  size_t gap = rail_label_length(text);
  if (gap == 0) return false;
  auto label = text.substr(0, gap);
  auto value = trim(text.substr(gap));
  // An agency's card: "Attività svolte   Servizio colazioni … nelle stagioni estive 2014 e 2015", duties that a year
  // inside would otherwise make a header (undated, the row's duty reads as one: "Réalisations   • Suivi …").
  auto date = find_date(value);
  if (is_duties_label(label)) return date.has_value();
  // "Tipo di contratto   Tempo indeterminato (dal 09/2019; …)": a date inside a detail's remark, not opening it.
  if (!names_detail_field(label) || (date && date->begin == 0)) return false;
  // A list of tools or a sentence, not "Context   London" (a firm and its town) or a named body.
  return value.find(',') != std::string_view::npos || count_words(value) >= 6;
}

/// Europass's "Business or sector" row under each job, in the languages it is issued in.
bool is_sector_label(std::string_view text) {
  static const std::regex label{
      R"(^(?:(?:type of |tipo di |tipo de )?(?:type d(?:'|’)activité ou secteur|business or sector|atividade ou setor|actividad o sector|secteur d'activité|secteur d’activité|tätigkeitsbereich oder branche|attività o settore|bedrijfstak of sector))\b)",
      std::regex::icase};
  return std::regex_search(text.begin(), text.end(), label);
}

/// A short title line after a dated header that names no title, before any bullet.
bool title_under_employer(const std::vector<Block>& blocks, std::string_view text) {
  if (blocks.empty() || !blocks.back().bullets.empty() || !blocks.back().has_date()) return false;
  if (count_words(text) > 6 || find_date(text) || title_score(text) == 0 || organisation_score(text) > 0) return false;
  for (const auto& item : blocks.back().header)
    if (title_score(item.text) > 0) return false;
  return true;
}

bool is_seniority(std::string_view part);
bool is_employment_kind(std::string_view part);
bool names_nursing_post(std::string_view part);
bool names_nursing_title(std::string_view line);
bool names_only_contract(std::string_view text);
bool names_working_time(std::string_view part);
bool names_kind_of_post(std::string_view part);
bool named_like_organisation(std::string_view text);
bool one_word_brand(std::string_view tail, bool lower_first = false);
bool bare_legal_form(std::string_view suffix);
bool is_link_only(std::string_view part);
bool opens_with_legal_form(std::string_view text);
void drop_outline_number(std::string& text, bool heading = false);
void drop_date_column_note(std::string& text);
const std::regex& duration_pattern();
bool names_legal_form_only(std::string_view text);
const std::set<std::string, std::less<>>& field_words();


/// The right edge each column's text reaches in a section (column 0 = full width), for wrap tests.
std::map<int, double> column_right_edges(const std::vector<Line>& document_lines, size_t first_line, size_t end_line) {
  std::map<int, double> edges;
  for (size_t i = first_line; i < end_line; ++i)
    if (const auto& box = document_lines[i].location.box) {
      double& edge = edges[document_lines[i].column];
      edge = std::max(edge, box->x1);
    }
  return edges;
}

/// The width of `text`'s first `words` words and a space before them, from the width `text` takes set in one run.
double first_word_width(double width, std::string_view text, int words = 1) {
  double char_width = width / static_cast<double>(std::max<size_t>(1, character_count(text)));
  size_t end = 0;
  for (int k = 0; k < words && end != std::string_view::npos; ++k) end = text.find(' ', end == 0 ? 0 : end + 1);
  return static_cast<double>(character_count(text.substr(0, std::min(end, text.size()))) + 1) * char_width;
}

/// "…, Nordelbe" / "Spedition Kühl & Partner KG, Hamburg", "…, St. Johann" / "im Pongau": a comma list (moderncv's
/// "Title, Employer, Town") broken inside a firm's name its legal form closes, or before a word in lower case.
bool cut_after_comma(std::string_view upper, std::string_view tail) {
  auto comma = upper.rfind(", ");
  return comma != std::string_view::npos && (has_legal_form(tail.substr(0, tail.find(','))) || starts_lower(tail)) &&
         !is_location(upper.substr(comma + 2));
}

/// "… Processo do Trabalho – Instituto" / "Pernambucano de Estudos Jurídicos (IPEJ)": a school's name cut after its first word.
bool cut_school_name(std::string_view upper) {
  static constexpr std::string_view kDash = " – ";
  auto dash = upper.rfind(kDash);
  if (dash == std::string_view::npos) return false;
  auto last = trim(upper.substr(dash + kDash.size()));
  return count_words(last) == 1 && institution_score(last) > 0;
}

/// "Master of Science", "B.Sc.": a degree's short name and nothing else, which a field follows; not "Kauffrau für
/// Spedition und Logistikdienstleistung (IHK)", a trade named in full with its examiner.
bool names_degree_only(std::string_view text) {
  text = trim(text);
  return degree_length(text) == text.size() && count_words(text) <= 3 && !text.ends_with(')');
}

/// "With Distinction", "First Class Honours", "Exchange Program": an honour or a programme after a degree's comma.
bool names_degree_remark(std::string_view part) {
  static const std::regex kRemark{R"(\b(?:distinction|honou?rs|cum laude|merit|program(?:me)?|exchange|semester|track|minor|major)\b)",
                                  std::regex::icase};
  return std::regex_search(part.begin(), part.end(), kRemark) || names_classification(std::string(part)) || names_academic_honour(part);
}

/// "North Carolina State University, Raleigh": a line opening on a school's whole name, three words or more with the
/// kind of school among them; not "Mellon University", a name's rest.
bool names_whole_school(std::string_view line) {
  auto parts = split_parts(line);
  return !parts.empty() && institution_score(parts.front()) > 0 && count_words(parts.front()) >= 3;
}

/// "…, Johannes Kepler" over "Universität Linz, Linz": capitalised words after the degree's comma that name no field,
/// before the kind of school the line below opens with, begin the school's name.
bool names_school_before_kind(std::string_view last_part, std::string_view below) {
  auto words = split_words(last_part);
  auto kind = below.substr(0, below.find(' '));
  if (names_degree_remark(last_part)) return false;  // "Master of Science, With Distinction" / "University of Edinburgh"
  return words.size() <= 3 && institution_score(kind) > 0 && institution_score(last_part) == 0 &&
         std::all_of(words.begin(), words.end(), [](const std::string& word) {
           return !starts_lower(word) && field_words().count(fold_case(word)) == 0;
         });
}

/// A header line broken mid-name because the next word did not fit before the column's right
/// edge: "… – IAE Lyon, Université Jean" over "Moulin Lyon 3". The tail is short and undated.
bool wraps_at_margin(const SectionText& lines, const std::map<int, double>& right_edges, size_t above, size_t below) {
  const auto& upper = lines.document.lines[above];
  const auto& lower = lines.document.lines[below];
  if (!upper.location.box || !lower.location.box || upper.location.page != lower.location.page) return false;
  auto edge = right_edges.find(upper.column);
  auto tail = trim(lines.text[below]);
  // A date column may open the line above, when it is cut inside a name (not after a town, nor a title alone); the
  // rest of a firm's or a school's name may run longer than four words.
  auto upper_text = trim(lines.text[above]);
  bool school_cut = cut_school_name(upper_text);
  bool name_goes_on = has_legal_form(tail.substr(0, tail.find(','))) || school_cut;
  if (edge == right_edges.end() || tail.empty() || (count_words(tail) > 4 && !name_goes_on) || find_date(tail) ||
      (find_date(upper_text) && !(starts_with_date(upper_text) && (cut_after_comma(upper_text, tail) || school_cut))) ||
      ends_sentence(upper_text))
    return false;
  // "Técnico Superior en Gestión de Alojamientos Turísticos" over "IES Rosaleda · Málaga": the school's own line;
  // "B.Sc. Betriebswirtschaftslehre" under a remark that filled its line: the next entry's degree.
  // Not "(IHK), Regionales" over "Berufsbildungszentrum Wirtschaft, Kiel": a lone word after the degree's comma is
  // the school's name begun.
  // (Past a date column opening the line: "2012 – 2016   Bachelor of Science, With Distinction".)
  auto degree_text = starts_with_date(upper_text) ? trim(upper_text.substr(find_date(upper_text)->finish)) : upper_text;
  auto comma = degree_text.rfind(", ");
  bool school_begun = comma != std::string_view::npos && comma >= degree_length(degree_text) &&
                      // Not "Master of Science, Analytics" over "North Carolina State University": after a degree's short
                      // name alone, a lone word over a school's whole name is the field ("…, Carnegie" / "Mellon University"
                      // goes on).
                      ((count_words(degree_text.substr(comma + 2)) == 1 &&
                        !(names_degree_only(degree_text.substr(0, comma)) && names_whole_school(tail))) ||
                       names_school_before_kind(degree_text.substr(comma + 2), tail)) &&
                      !is_location(degree_text.substr(comma + 2)) && std::isupper(static_cast<unsigned char>(degree_text[comma + 2]));
  auto tail_parts = split_parts(tail);  // empty for a line of marks alone ("•")
  if (degree_length(degree_text) > 0 && !tail_parts.empty() && institution_score(tail_parts.front()) > 0 && !school_begun) return false;
  if (degree_length(tail) > 0) return false;
  // "School of Business, Mount Rundle University   Calgary, AB": a town set apart at the right edge ends no text
  // that ran there.
  if (auto cells = cells_of(upper); cells.size() >= 2 && (is_location(cells.back().text) || !city_country(cells.back().text).empty()))
    return false;
  // The first word below, with the space before it, is wider than the room left on the line above.
  // Below a date column the wrap lines up with the text after the dates.
  bool aligned = std::abs(upper.location.box->x0 - lower.location.box->x0) <= 2 ||
                 (starts_with_date(upper_text) && std::any_of(upper.runs.begin(), upper.runs.end(), [&](const TextRun& run) {
                    return run.location.box && std::abs(run.location.box->x0 - lower.location.box->x0) <= 2;
                  }));
  return edge->second - upper.location.box->x1 < first_word_width(lower.location.box->width(), tail) && aligned &&
         (lower.location.box->width() * 2 <= upper.location.box->width() || school_begun);
}

/// The line `above` ran to its column's right edge: the first word of `below` would not have fitted after it.
bool fills_line(const SectionText& lines, const std::map<int, double>& right_edges, size_t above, size_t below) {
  const auto& upper = lines.document.lines[above];
  const auto& lower = lines.document.lines[below];
  auto edge = right_edges.find(upper.column);
  auto tail = trim(lines.text[below]);
  if (above >= below || !upper.location.box || !lower.location.box || upper.location.page != lower.location.page ||
      edge == right_edges.end() || tail.empty())
    return false;
  // Under the line's start, or under its value past a label ("Instruments:   HPLC, …, Dissolution" / "Apparatus").
  double x = lower.location.box->x0;
  bool aligned = std::abs(upper.location.box->x0 - x) <= 2;
  for (size_t r = 1; r < upper.runs.size() && !aligned; ++r)  // the value's run, after the label's colon
    aligned = upper.runs[r].location.box && trim(upper.runs[r - 1].text).ends_with(':') &&
              std::abs(upper.runs[r].location.box->x0 - x) <= 2;
  return edge->second - upper.location.box->x1 < first_word_width(lower.location.box->width(), tail) && aligned;
}

/// The run that opens (`first`) or ends `cell` on `line` (its type there), or none.
const TextRun* run_in(const Line& line, const Cell& cell, bool first) {
  const TextRun* found = nullptr;
  for (const auto& run : line.runs)
    if (run.location.box && !trim(run.text).empty() && run.location.box->x0 >= cell.x0 - 0.01 && run.location.box->x1 <= cell.x1 + 0.01) {
      found = &run;
      if (first) break;
    }
  return found;
}

/// "Conecta Contact Center | Representante de Soporte   2015 - 2017" over "Técnico": the header's last field
/// wrapped in the same type because its next word did not fit before the dates set on the right. Read by cells, not
/// runs: a browser's Type 3 fonts draw a word in pieces ("L", "ou", "ghb").
bool wraps_before_date(const SectionText& lines, size_t above, size_t below) {
  const auto& upper = lines.document.lines[above];
  const auto& lower = lines.document.lines[below];
  auto tail = trim(lines.text[below]);
  auto cells = cells_of(upper);
  auto lower_cells = cells_of(lower);
  if (cells.size() < 2 || lower_cells.empty() || !upper.location.box || !lower.location.box || tail.empty()) return false;
  const Cell& date = cells.back();
  const Cell& field = cells[cells.size() - 2];
  // "… Agrupamento de Escolas Infante D." / "Fernando, Porto": a name cut after an initial goes on, its town after it.
  static const std::regex kInitialAtEnd{R"((?:^|\s)[A-Z]\.\s*$)"};
  bool cut_at_initial = std::regex_search(field.text, kInitialAtEnd);
  // "… · Calderwood" / "Chemicals Ltd, Widnes": a firm's name begun after the title's separator, ending on its legal
  // form below, then its town (not "Graduate Engineer, Rotational Programme in …" over "Unilever Ltd, Wirral").
  bool firm_goes_on = false;
  if (has_legal_form(tail.substr(0, tail.find(',')))) {
    auto separator = field.text.rfind(" · ");
    firm_goes_on = separator != std::string::npos && count_words(field.text.substr(separator + 3)) <= 2;
  }
  // Not "Philadelphia, PA" / "Madrid, España" below: a place on a line of its own.
  if (count_words(tail) > 3 || find_date(tail) || upper.location.page != lower.location.page ||
      (!cut_at_initial && !firm_goes_on && (tail.find(',') != std::string_view::npos || is_location(tail) || !city_country(tail).empty())) ||
      (cut_at_initial && !city_country(tail.substr(0, tail.find(','))).empty()))  // "Lab of Prof. Mary K." / "Boston, MA"
    return false;
  // The first cell of the section's text: past a rail label on the same line ("professionnelle   Sentier.").
  auto opens_tail = [&](const Cell& cell) { return !cell.text.empty() && tail.starts_with(std::string_view(cell.text).substr(0, 3)); };
  auto first_of_tail = std::find_if(lower_cells.begin(), lower_cells.end(), opens_tail);
  const Cell& first = first_of_tail == lower_cells.end() ? lower_cells.front() : *first_of_tail;
  const TextRun* field_run = run_in(upper, field, false);
  const TextRun* first_run = run_in(lower, first, true);
  auto found = find_date(date.text);
  if (!found || date.text.size() != found->finish - found->begin || !field_run || !first_run || field_run->font != first_run->font ||
      std::abs(field_run->size - first_run->size) > 0.5)
    return false;
  // A long field set in a box of its own beside the dates (a flex row) wraps at the box's edge, a gap short of them.
  // Only a name cut a word or two after its last comma ("…, Mount" / "Rundle University"); "… PTE LTD" is whole.
  auto comma = field.text.rfind(", ");
  auto last_piece = field.text.substr(comma == std::string::npos ? 0 : comma + 2);
  bool cut_name = count_words(field.text) >= 4 && count_words(last_piece) <= 2 && !has_legal_form(field.text);
  double box_gap = cut_name ? 1.5 * field_run->size : 0;
  // Aligned with the line above, or with a cell of it past its own rail label.
  bool aligned = std::abs(upper.location.box->x0 - lower.location.box->x0) <= 2 ||
                 std::any_of(cells.begin() + 1, cells.end(), [&](const Cell& cell) { return std::abs(cell.x0 - first.x0) <= 2; });
  return date.x0 - field.x1 < first_word_width(first.x1 - first.x0, first.text) + box_gap && aligned;
}

/// The line `above` ended nearer its column's right edge than the width of `below`'s first two words ("– Université").
bool runs_to_edge(const SectionText& lines, const std::map<int, double>& right_edges, size_t above, size_t below) {
  const auto& upper = lines.document.lines[above];
  const auto& lower = lines.document.lines[below];
  auto edge = right_edges.find(upper.column);
  auto text = trim(lines.text[below]);
  if (!upper.location.box || !lower.location.box || edge == right_edges.end() || text.empty()) return false;
  return edge->second - upper.location.box->x1 < first_word_width(lower.location.box->width(), text, 2);
}

/// "Laurea Magistrale in Informatica" over "– Politecnico di Milano": a degree's line wrapped before the dash that
/// parts it from its school; so too past a date column ("2016 – 2018   Master …, parcours Statistique pour la santé"
/// over "– Université Rennes 2").
bool degree_wrapped_before_dash(std::string_view above, std::string_view line, bool ran_to_edge) {
  above = trim(above);
  if (starts_with_date(above)) {
    // Past a date column a dash line is a bullet ("– Exchange semester at Bocconi University") unless the line above
    // ran to the column's edge.
    if (!ran_to_edge) return false;
    above = trim(above.substr(find_date(above)->finish));
  }
  return !find_date(above) && degree_length(above) > 0 && count_words(line) <= 8 && institution_score(line) > 0 &&
         !find_date(line) && !ends_sentence(line);
}

/// "… Logistikdienstleis-" / "tung (IHK)": a word hyphenated at the line's end goes on in lower case.
bool hyphenated_wrap(std::string_view above, std::string_view line) {
  return ends_in_word_hyphen(above) && starts_lower(trim(line));
}

/// "Louvain-" / "la-Neuve", "Villeneuve-" / "d'Ascq": a compound name whose next part is itself hyphenated, or elided
/// before a capital, keeps the hyphen it was wrapped at.
bool compound_goes_on(std::string_view line) {
  line = trim(line);
  auto word = line.substr(0, line.find(' '));
  // A particle before a capital ("la-Neuve", "sur-Mer"), not a word going on ("management-Systeme").
  auto hyphen = word.find('-');
  if (hyphen != std::string_view::npos && hyphen <= 3 && hyphen + 1 < word.size() && std::isupper(static_cast<unsigned char>(word[hyphen + 1])))
    return true;
  for (std::string_view elision : {"d'", "d’", "l'", "l’"})
    if (word.starts_with(elision) && word.size() > elision.size() && std::isupper(static_cast<unsigned char>(word[elision.size()])))
      return true;
  return false;
}

/// "…, Nürnberg, Abiturnote:" / "2,4": a label closing a header line, its value (a mark) alone below it.
bool label_wraps_value(std::string_view above, std::string_view line) {
  above = trim(above);
  line = trim(line);
  return above.ends_with(':') && !line.empty() && count_words(line) <= 2 && line.size() <= 12 && !find_date(line) &&
         std::isdigit(static_cast<unsigned char>(line.front()));
}

/// "…, Fürth, IHK-" / "Abschlussprüfung: 2,1": a compound on initials, broken at its own hyphen, goes on in capitals.
bool initials_compound_wrap(std::string_view above, std::string_view line) {
  static const std::regex kInitialsHyphen{R"((?:^|\s)[A-ZÄÖÜ]{2,5}-$)"};
  above = trim(above);
  line = trim(line);
  return std::regex_search(above.begin(), above.end(), kInitialsHyphen) && !line.empty() &&
         std::isupper(static_cast<unsigned char>(line.front())) && !starts_with_date(line);
}

/// "…, Universiteit", "…, Universitat": a line closing on a school's first word alone after a comma.
bool ends_with_school_word(std::string_view text) {
  auto comma = text.rfind(", ");
  if (comma == std::string_view::npos) return false;
  auto last = trim(text.substr(comma + 2));
  // A word that names a kind of school, not one known by its initials ("MBA, INSEAD" over "Fontainebleau").
  return count_words(last) == 1 && institution_score(last) > 0 && !is_upper_case_text(last) && degree_length(text) > 0;
}

/// "Técnica en Prácticas … en Transportes", "… Fornecedores em Gralha Componentes": a firm's first words after the
/// title's last "en", "em" or "at", left open for a legal form on the next line; not a field ("Técnico en Prevención
/// de Riesgos").
bool employer_left_open(const std::string& cell) {
  static const std::regex kPreposition{R"(\s(?:en|at|bei|chez|presso|em|na|no|bij)\s+)"};
  std::string employer;
  for (std::sregex_iterator it(cell.begin(), cell.end(), kPreposition), none; it != none; ++it) employer = it->suffix().str();
  if (employer.empty() || starts_lower(employer) || employer.find(',') != std::string::npos || has_legal_form(cell)) return false;
  auto words = split_words(employer);
  bool capitalised = std::all_of(words.begin(), words.end(), [](const std::string& w) { return !starts_lower(w); });
  return organisation_score(employer) > 0 ||
         (capitalised && field_words().count(fold_case(words.front())) == 0 && !names_department(employer));
}

/// "… Fornecedores em Gralha Componentes" run to the column's edge over "Automóveis, Lda., Vila Nova de Gaia": the
/// firm's name goes on to the legal form that closes it, within the line's first two comma parts.
bool employer_wraps_to_legal_form(std::string_view above, std::string_view line) {
  line = trim(line);
  auto first_comma = line.find(", ");
  auto second_comma = first_comma == std::string_view::npos ? first_comma : line.find(", ", first_comma + 2);
  if (line.empty() || starts_lower(line) || find_date(line) || find_date(above) || title_score(line) > 0 ||
      !has_legal_form(line.substr(0, second_comma)) || !employer_left_open(std::string(trim(above))))
    return false;
  // Not "… en Repsol" over "Repsol Petróleo, S.A., Cartagena": the brand above restated in full below.
  auto above_words = split_words(above);
  return fold_case(above_words.back()) != fold_case(split_words(line).front());
}

/// "Técnica en Prácticas de Cadena de Suministro en Transportes   Paterna" / "Levante Ibérica, S.L.", "Máster en …,
/// ESIC Business &   Valencia" / "Marketing School": a name in a header cut at the column's edge (before a town set apart
/// beside it) goes on below in the same type. Only where the cut shows: an employer after "en" or "at" whose legal
/// form closes the next line, or a school's name left on a link word or on its first word ("…, Universitat").
bool name_wraps_onto(const Line& above_line, std::string_view above, const Line& line, std::string_view text) {
  // The cut shows only where the line was set beside something else: a town set apart at the right edge.
  auto gap = above.find("   ");
  if (gap == std::string_view::npos) return false;
  auto cell = std::string(trim(above.substr(0, gap)));
  text = trim(text);
  // A line that holds its dates is whole ("Pasante en Informática   AGOSTO 2022 – …" over its employer).
  if (above_line.runs.empty() || line.runs.empty() || line.list_item || text.empty() || find_date(text) || find_date(above) ||
      count_words(text) > 5 || title_score(text) > 0 || degree_length(text) > 0 || starts_lower(text))
    return false;
  const auto &first = above_line.runs.front(), &next = line.runs.front();
  if (first.font != next.font || first.bold != next.bold || std::abs(first.size - next.size) >= 0.3 || first.color != next.color) return false;
  if (has_legal_form(text) && employer_left_open(cell)) return true;
  // "…, Nordhafen Logistik GmbH & Co.   Hamburg" / "KG": a partnership's form cut after its "& Co.".
  if ((cell.ends_with("& Co.") || cell.ends_with("& Co")) && opens_with_legal_form(text)) return true;
  auto comma = cell.rfind(", ");
  return comma != std::string::npos && degree_length(cell) > 0 &&
         (ends_with_connector(cell.substr(comma + 2)) || ends_with_school_word(cell) || names_school_before_kind(cell.substr(comma + 2), text));
}


void append_wrapped(std::string& above, std::string_view line);

/// Where the gap before dates closing the line opens ("…, Chablais Logistique   mars 2017 – août 2020"), or npos.
size_t dates_gap(std::string_view text) {
  auto gap = text.rfind("   ");
  return gap != std::string_view::npos && is_date_only(text.substr(gap)) ? gap : std::string_view::npos;
}

/// The line without the dates closing it.
std::string_view before_dates(std::string_view text) { return trim(text.substr(0, dates_gap(text))); }

/// Joins a line wrapped from the one above before the dates that close it, if any.
void join_before_dates(std::string& above, std::string_view line) {
  auto gap = dates_gap(above);
  if (gap == std::string::npos) return append_wrapped(above, line);
  std::string head = above.substr(0, gap);
  append_wrapped(head, line);
  above = head + above.substr(gap);
}

/// "…, Université de   2012 – 2014": the text before the dates closing the line stops on a link word in lower case (not
/// "…, Van   2015 – 2018", a town).
bool left_on_link_word(std::string_view text) {
  if (dates_gap(text) == std::string_view::npos) return false;
  text = before_dates(text);
  auto space = text.rfind(' ');
  auto last = text.substr(space == std::string_view::npos ? 0 : space + 1);
  return !last.empty() && starts_lower(last) && ends_with_connector(text);
}

/// "Responsable d’entrepôt adjointe, Chablais Logistique   mars 2017 – août 2020" over "SA, Aigle.": the text before
/// the dates set apart at the right ends on a letter, left open for a legal form below.
bool ends_in_letter_before_dates(std::string_view text) {
  text = before_dates(text);
  return !text.empty() && std::isalpha(static_cast<unsigned char>(text.back()));
}

/// Joins a wrapped line to the one above: "Logistikdienstleis-" / "tung" loses its hyphen, "Saint-" / "Priest"
/// keeps it, anything else takes a space.
void append_wrapped(std::string& above, std::string_view line) {
  if (hyphenated_wrap(above, line) && !compound_goes_on(line)) {
    above.erase(above.size() - closing_hyphen_length(above));
    if (above.ends_with("\u00AD")) above.erase(above.size() - 2);  // Chromium's "Umsatzsteuer\u00AD-" at the break
  }
  else if (closing_hyphen_length(above) == 0 || above.ends_with(" -")) above += ' ';
  above += line;
}

/// "École Nationale Supérieure de Chimie de Paris" / "(Chimie ParisTech)", "Decazeville" / "(12)": a short
/// bracket alone on its line goes with the name above.
bool is_bracketed_aside(std::string_view text) {
  text = trim(text);
  if (text.size() > 2 && text.front() == '(' && text.find(')') == text.size() - 1 && count_words(text) <= 4 && !find_date(text)) return true;
  // "Universidad del País Vasco" / "(UPV/EHU), Bilbao, Nota media: 8,1": the initials closing the name above, then more.
  static const std::regex kInitials{R"(^\([A-Z][A-Z/.\-]{1,14}\),\s)"};
  return std::regex_search(text.begin(), text.end(), kInitials);
}

/// "… Rutgers University, New Brunswick, NJ —" / "May 2015", "…, La Spezia," / "2009": a line broken before its date.
bool date_after_dash(std::string_view above, std::string_view line) {
  above = trim(above);
  bool dash = above.ends_with(" —") || above.ends_with(" –") || above.ends_with(" -") || above.ends_with(" |") || above.ends_with(",");
  auto date = find_date(line);
  return dash && date && date->begin == 0 && trim(line.substr(date->finish)).empty() && !find_date(above);
}

/// "of Münster. 2018 – 2024": a line that opens with a lower-case link word goes on from the one above.
bool starts_with_connector(std::string_view text) {
  auto space = text.find(' ');
  auto first = text.substr(0, space);
  // A link word itself: not "berufsbegleitend," whose comma leaves only its own line open.
  return space != std::string_view::npos && !first.empty() && std::islower(static_cast<unsigned char>(first[0])) &&
         std::isalpha(static_cast<unsigned char>(first.back())) && ends_with_connector(first);
}

/// "…, Universitat de València (sem." / "primaverile 2015)": a bracket left open goes on in lower case to its close.
bool closes_open_bracket(std::string_view above, std::string_view line) {
  line = trim(line);
  auto close = line.find(')');
  return leaves_bracket_open(above) && starts_lower(line) && close != std::string_view::npos &&
         line.substr(0, close).find('(') == std::string_view::npos;
}

/// "Honours thesis: “Diagenetic controls on porosity in the" / "Cardium Formation, Pembina field”": a title in
/// quotation marks goes on to the line that closes it.
bool closes_open_quote(std::string_view above, std::string_view line) {
  for (auto [open, close] : {std::pair{"“", "”"}, std::pair{"«", "»"}, std::pair{"„", "“"}}) {
    auto opened = above.rfind(open);
    if (opened == std::string_view::npos || above.find(close, opened + std::strlen(open)) != std::string_view::npos) continue;
    auto closed = line.find(close);
    if (closed != std::string_view::npos && line.substr(0, closed).find(open) == std::string_view::npos) return true;
  }
  return false;
}

/// "Java 11 · Spring Boot · MySQL · Docker": three or more parts, each naming a known technology; not "Java Developer ·
/// Oracle · Austin, TX" nor "URL Shortener Service | Node.js, Express.js", a header.
bool lists_technologies(std::string_view text) {
  if (find_date(text) || title_score(text) > 0) return false;
  auto parts = split_parts(text);
  auto known_word = [](const std::string& w) { return names_technology(w); };
  return parts.size() >= 3 && std::all_of(parts.begin(), parts.end(), [&](const std::string& part) {
           auto words = split_words(part);
           return count_words(part) <= 3 && std::any_of(words.begin(), words.end(), known_word);
         });
}

/// "2017", "(2019)", "2021.": a year and nothing else on the line.
bool is_lone_year(std::string_view text) {
  static const std::regex kYear{R"(^\(?(?:19|20)\d{2}\)?[.;]?$)"};
  text = trim(text);
  return std::regex_match(text.begin(), text.end(), kYear);
}

/// "2020." / "(2022).": the year a sentence ends on, wrapped onto a line of its own.
bool closes_sentence_on_year(std::string_view text) {
  text = trim(text);
  // "desde 2021.", "since 2019.": a lower-case word or two before it.
  std::string_view last_word;
  for (int words = 0; words < 2 && starts_lower(text) && text.find(' ') != std::string_view::npos; ++words) {
    last_word = text.substr(0, text.find(' '));
    text = trim(text.substr(text.find(' ')));
  }
  // "… with zero failed" / "inspections in 2023": a preposition asks for the year, stop or not.
  // Not "since 2021", "seit 2021": those open the next job's dates.
  static const std::set<std::string_view> kPrepositions = {"in", "by", "en", "im", "em"};
  return (text.ends_with('.') || text.ends_with(';') || kPrepositions.count(last_word)) && is_lone_year(text);
}

/// "… / 2016" / "Columbus State Community College" / (space) "Associate of Applied Science": the school
/// closing a dated entry opens the next one, when that entry named its school already ("Degree" / "2016" /
/// "School" keeps its school).
bool school_opens_next(const Block& block, std::string_view next_line) {
  const auto& header = block.header;
  if (header.size() < 2 || !block.bullets.empty() || degree_length(next_line) == 0) return false;
  auto school = [](std::string_view text) { return institution_score(text) > 0 && degree_length(text) == 0; };
  const auto& last = header.back().text;
  bool dated_before = std::any_of(header.begin(), header.end() - 1, [](const Item& item) { return find_date(item.text).has_value(); });
  bool school_before = std::any_of(header.begin(), header.end() - 1, [&](const Item& item) { return school(item.text); });
  return dated_before && school_before && school(last) && !find_date(last);
}

/// "Master of Public Policy" / "Victoria University" / "2015" / "BA, Politics" / "University of Otago" / "2011 – 2013",
/// each line a paragraph of its own: the degree before the next school opens the next entry, as its school would.
bool degree_opens_next(const Block& block, std::string_view next_line) {
  const auto& header = block.header;
  if (header.size() < 3 || !block.bullets.empty() || institution_score(next_line) == 0 || degree_length(next_line) > 0) return false;
  const auto& last = header.back().text;
  bool dated_before = std::any_of(header.begin(), header.end() - 1, [](const Item& item) { return find_date(item.text).has_value(); });
  bool degree_before = std::any_of(header.begin(), header.end() - 1, [](const Item& item) { return degree_length(item.text) > 0; });
  return dated_before && degree_before && degree_length(last) > 0 && institution_score(last) == 0 && !find_date(last);
}

/// Groups a section's lines into blocks; wrapped bullet lines join their bullet.
/// Europass's "Name and address of employer" label, in the languages it is issued in.
size_t employer_label_length(std::string_view text) {
  static const std::regex label{
      R"(^(?:name and address of (?:the )?employer|nome e indirizzo del datore di(?: lavoro)?|nom et adresse de l(?:'|’)employeur|nombre y direcci(?:ó|o)n del (?:empleador|empresario)|nome e (?:morada|endere(?:ç|c)o) do empregador|name und adresse des arbeitgebers|naam en adres van (?:de )?werkgever)\s*)",
      std::regex::icase};
  std::cmatch match;
  return std::regex_search(text.begin(), text.end(), match, label) ? static_cast<size_t>(match.length(0)) : 0;
}

/// "… Fehlerzustände" / "Mentoring von zwei Junior-Designer:innen" / "UX-Designerin   Oktober 2018 – …" in bold:
/// a line set like the duties above it, before a dated line set like the last entry's header, is the last duty.
bool last_duty(const SectionText& lines, const std::vector<Block>& blocks, size_t before, size_t i, size_t end) {
  if (blocks.empty() || blocks.back().header.empty() || !blocks.back().has_date() || before == std::string::npos) return false;
  if (blocks.back().bullets.empty() && blocks.back().prose.empty()) return false;
  const auto& all = lines.document.lines;
  size_t next = i + 1;
  while (next < end && trim(lines.text[next]).empty()) ++next;
  if (next >= end || !find_date(lines.text[next]) || find_date(lines.text[i])) return false;
  const Line& header = all[blocks.back().header.front().line];
  return same_type(all[i], all[before]) && !same_type(all[i], all[next]) && same_type(all[next], header);
}


/// "GPA 3.62/4.00 · With Distinction · Capstone: …", "Nota media: 8,2": a line that opens on a mark remarks on a degree.
bool opens_with_mark(const std::string& text) {
  std::smatch mark;
  return std::regex_search(text, mark, score_pattern()) && mark.position(0) == 0;
}

/// "References available upon request.", "Références fournies sur demande", "Referenzen auf Anfrage": a line about
/// referees, no entry and no skill.
bool offers_references(std::string_view text) {
  static const std::regex kReferences{
      R"(^(?:references?|referees?|r(?:é|e)f(?:é|e)rences?|referencias|refer(?:ê|e)ncias|referenze|referenzen|referenties)\b.{0,40}\b(?:request|demande|petici(?:ó|o)n|solicitud|solicita(?:ç|c)(?:ã|a)o|pedido|richiesta|anfrage|verzoek|aanvraag)\.?$)",
      std::regex::icase};
  auto line = trim(text);
  return std::regex_match(line.begin(), line.end(), kReferences);
}

/// "Hill Country Credit Union logo" over "User Researcher" / "Hill Country Credit Union · Full-time": a LinkedIn page's
/// picture, pasted as its alternative text, names the employer or school of the lines below; no line of the entry.
bool names_logo_of_next(const SectionText& lines, size_t i, size_t end) {
  auto text = trim(lines.text[i]);
  if (!text.ends_with(" logo") || lines.document.lines[i].list_item) return false;
  auto name = text.substr(0, text.size() - 5);
  for (size_t k = i + 1; k < end && k <= i + 2; ++k)
    if (trim(lines.text[k]).starts_with(name)) return true;
  return false;
}

/// The first letters of a name's words, connectors skipped, upper-cased ("Centre professionnel du Nord vaudois" -> "CPNV").
std::string word_initials(std::string_view name) {
  std::string initials;
  for (const auto& word : split_words(name))
    if (!word.empty() && std::isalpha(static_cast<unsigned char>(word.front())) && (word.size() > 3 || !starts_lower(word)))
      initials += static_cast<char>(std::toupper(static_cast<unsigned char>(word.front())));
  return initials;
}

/// "NU" for "Nu Pagamentos S.A.", "IT" for "Itaú Unibanco S.A.", "LN" for "Logisnord Entrepôts": a logo's two letters
/// or more, the first opening the name's first word and the rest in it in order, accents aside.
bool opens_first_word(std::string_view letters, std::string_view name) {
  auto word = fold_case(strip_accents(name.substr(0, name.find(' '))));
  auto wanted = fold_case(letters);
  if (letters.size() < 2 || word.empty() || word[0] != wanted[0]) return false;
  size_t at = 1;
  for (size_t k = 1; k < wanted.size(); ++k) {
    at = word.find(wanted[k], at);
    if (at == std::string::npos) return false;
    ++at;
  }
  return true;
}

/// "AS" between "Brevet fédéral …" and "ASFL SVBL – Association suisse …", "CP" over "Centre professionnel du Nord
/// vaudois", "FGV" over a rail's dates and town and "Fundação Getulio Vargas": a logo's letters, printed as text inside an entry's header, spell the school or firm named below.
/// Not a degree's letters over a line naming a degree ("MBA" / "Master of Business Administration").
bool spells_next_name(const SectionText& lines, size_t i, size_t end) {
  static const std::regex kInitials{R"(^[A-Z]{1,4}$)"};
  auto text = std::string(trim(lines.text[i]));
  if (text.empty() || text.size() > 4) return false;  // asked of every header line: the cheap test first
  // Not a degree's letters ("BA" over "Bath Spa University") nor a title's ("VP" over "Vodafone Portugal SA").
  bool degree_letters = degree_length(text) == text.size();
  if (!std::regex_match(text, kInitials) || lines.document.lines[i].list_item || title_score(text) > 0) return false;
  // The name may come after the rail's dates and town ("FGV" / "2016 – 2017" / "São Paulo, SP" / "Fundação …").
  size_t next = i + 1;
  while (next < end && next <= i + 4 && (trim(lines.text[next]).empty() || is_date_only(lines.text[next]) || is_location(lines.text[next])))
    ++next;
  if (next >= end || next > i + 4) return false;
  auto name = trim(lines.text[next]);
  // "MS" over "PT Mitra Solusi Digital": an Indonesian firm's legal form opens its name, before the words the logo spells.
  bool form_first = name.starts_with("PT ") || name.starts_with("CV ");
  if (degree_length(name) > 0 || find_date(name) ||
      (organisation_score(name) + institution_score(name) == 0 && !has_legal_form(name) && !form_first))
    return false;
  auto after_form = form_first ? trim(name.substr(3)) : std::string_view{};
  // A degree's letters only where they spell the firm's words exactly ("MS" / "PT Mitra Solusi Digital").
  if (degree_letters) return !after_form.empty() && word_initials(after_form).starts_with(text);
  return word_initials(name).starts_with(text) || opens_first_word(text, name) ||
         (!after_form.empty() && word_initials(after_form).starts_with(text));
}

/// A block whose entries follow their dates' lines ("Degree" / "School" / "2018") and whose last entry has none yet.
bool closes_undated_entry(const Block& block) {
  const auto& header = block.header;
  if (header.size() < 4 || find_date(header.front().text) || find_date(header.back().text)) return false;
  size_t last_dated = header.size();
  for (size_t k = header.size(); k-- > 0;)
    if (find_date(header[k].text)) {
      last_dated = k;
      break;
    }
  return last_dated < header.size() && header.size() - last_dated - 1 >= 2 && last_dated >= 2;
}

/// "Escritório Contábil Vale do Itapocu Ltda. - Jaraguá do Sul/SC": the line's first part is a firm's name closed by
/// its legal form.
bool opens_with_firm(std::string_view text) {
  auto parts = split_parts(text);
  if (parts.empty()) return false;
  // "Gasthof Zum Goldenen Hirschen · Ramsau am Dachstein": a firm's word, then its town, nothing else.
  bool firm_and_town = parts.size() == 2 && organisation_score(parts[0]) > 0 && title_score(parts[0]) == 0 &&
                       (is_location(parts[1]) || is_place_name(parts[1]));
  return has_legal_form(parts.front()) || firm_and_town;
}

/// "Go   Python   FastAPI   Kafka   PostgreSQL": four or more short cells set apart, no dates, no sentence; not a
/// header laid out in columns ("Software Engineer   Allianz Technology   München   Vollzeit", "VIA University College
/// BEng   Software   Horsens"), which names a post, an employer or a school.
bool is_tag_row(const std::string& text) {
  if (text.find("   ") == std::string::npos || find_date(text)) return false;
  if (title_score(text) + organisation_score(text) + institution_score(text) > 0 || degree_length(text) > 0 || has_legal_form(text))
    return false;
  int cells = 0;
  for (size_t start = 0; start < text.size();) {
    size_t gap = std::min(text.find("   ", start), text.size());
    auto cell = trim(std::string_view(text).substr(start, gap - start));
    if (!cell.empty()) {
      if (count_words(cell) > 3 || ends_sentence(cell) || cell.back() == ',' || cell.back() == ':') return false;
      ++cells;
    }
    start = text.find_first_not_of(' ', gap);
    if (start == std::string::npos) break;
  }
  return cells >= 4;
}

/// "2.1. Titulación universitaria", "2.2. Posgrado" over "2014 – 2018   Grado en …": a numbered subsection naming a
/// kind of entry over an entry its dates open; no school, firm, title or degree (not lowdown's "2.1. Senior Automation
/// Engineer, Boyne Biologics Ltd." nor WordGrinder's "2.1. Zelfstandig vertaler-tolk" over its employer's line).
bool names_outline_subsection(const SectionText& lines, size_t i, size_t end) {
  const Line& line = lines.document.lines[i];
  // The number read as the line's list marker, or in its text as printed (the section's text drops it). Asked of
  // every entry line: the figure first, the next line's dates last.
  std::string numbered = line.list_item && !line.list_marker.empty() ? line.list_marker + " " + line.text : line.text;
  if (numbered.empty() || !std::isdigit(static_cast<unsigned char>(numbered.front()))) return false;
  static const std::regex kNumber{R"(^\d{1,2}\.\d{1,2}\.?\s+)"};
  std::smatch number;
  if (!std::regex_search(numbered, number, kNumber)) return false;
  size_t next = i + 1;
  while (next < end && trim(lines.text[next]).empty()) ++next;
  if (next >= end || !starts_with_date(trim(lines.text[next]))) return false;
  auto rest = trim(std::string_view(numbered).substr(static_cast<size_t>(number.length(0))));
  return !rest.empty() && count_words(rest) <= 3 && !starts_lower(rest) && digits_of(rest).empty() &&
         rest.find(',') == std::string_view::npos && title_score(rest) + organisation_score(rest) + institution_score(rest) == 0 &&
         degree_length(rest) == 0;
}

/// "Fecha de nacimiento   11/03/1994", "Geburtsdatum: 04.07.1988": a birth date beside its label.
bool states_birth_date(std::string_view text) {
  static const std::regex kBirth{
      R"(^(?:date of birth|d\.?o\.?b\.?|born|geburtsdatum|geboren(?: am)?|date de naissance|n(?:é|e)e? le|fecha de nacimiento|data di nascita|nat[oa] il|data de nascimento|geboortedatum|geboren op)\s*:?\s+\d)",
      std::regex::icase};
  return !text.empty() && text.size() < 80 && !std::isdigit(static_cast<unsigned char>(text.front())) &&
         std::regex_search(text.begin(), text.end(), kBirth, std::regex_constants::match_continuous);
}

/// "2016", "16/17": a season's year or years, each within the dates the block's header holds.
bool season_year_within(const std::string& text, const Block& block) {
  static const std::regex kSeasonYears{R"(^(\d{2}(?:\d{2})?)(?:\s?/\s?(\d{2}(?:\d{2})?))?$)"};
  std::smatch years;
  if (!std::regex_match(text, years, kSeasonYears)) return false;
  std::optional<DateMatch> dates;
  for (const auto& item : block.header)
    if ((dates = find_date(item.text))) break;
  if (!dates) return false;
  int first = dates->start.year, last = dates->end.present ? 9999 : dates->end.year != 0 ? dates->end.year : first;
  auto within = [&](const std::string& year) {
    int value = std::stoi(year);
    if (year.size() == 2) value += first / 100 * 100;
    return value >= first && value <= last;
  };
  return within(years.str(1)) && (!years[2].matched || within(years.str(2)));
}

std::vector<Block> make_blocks(const SectionText& lines, const Section& section) {
  std::vector<Block> blocks;
  bool in_body = false;  // the current block has bullets or prose
  int bullet_indent = -1;
  size_t last_bullet_line = 0;  // a bullet's last line, wrapped lines included
  size_t previous_line = std::string::npos;  // the line before this one, running heads skipped
  bool after_school_item = false;  // the last entry opened with a dated list item in Education
  size_t last_prose_length = 0, widest = 0, last_bullet_length = 0;
  size_t header_wrapped_at = SIZE_MAX;  // the header line a wrapped rest was joined to
  std::string last_marker;  // the glyph of the last bullet
  bool after_employer_label = false;  // the line above held Europass's employer label, maybe wrapped
  bool after_rail_note = false;  // the line above opened on a note in the dates' rail ("SOMMERSAISON", "Teilzeit")
  for (size_t i = section.first_line; i < section.end_line; ++i) widest = std::max(widest, trim(lines.text[i]).size());
  const auto dates = date_layout(lines, section);
  const bool led_by_dates = dates.lead;
  const bool date_column = dates.lead || dates.column;
  const bool schools = section.canonical == "education";
  const auto right_edges = column_right_edges(lines.document.lines, section.first_line, section.end_line);
  const auto& page_edges = lines.page_edges;
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    // "Références fournies sur demande." closing the last section: said of referees, no part of an entry.
    if (offers_references(lines.text[i])) continue;
    if (names_logo_of_next(lines, i, section.end_line)) continue;
    if (!blocks.empty() && !in_body && !blocks.back().header.empty() && spells_next_name(lines, i, section.end_line)) continue;
    // In Education a painted dot before a degree or a school leaves its line plain: set as a list, they head entries.
    auto item_text = trim(lines.text[i]);
    bool painted = lines.document.lines[i].painted_marker_x.has_value();
    bool plain = schools && painted &&
                 (degree_length(item_text) > 0 || (institution_score(item_text) > 0 && count_words(item_text) <= 8) ||
                  std::regex_search(item_text.begin(), item_text.end(), score_pattern()));
    // "• Curso Técnico em Enfermagem" over "Centro de Educação Profissional do Litoral" unmarked: a glyph before each
    // degree sets the schools as a list; a degree's own points go on marked below it.
    auto marked_text = trim(item_text.substr(bullet_glyph_length(item_text)));
    // Not a degree whose own line wraps in the item's hanging indent ("• Bachelor of Science Maschinenbau" /
    // "  Schwerpunkt Konstruktion, Note 2,1"): the line below starts at the marker or left of it, or names a school and
    // holds no grade.
    auto starts_at_marker = [&](size_t item, size_t below) {
      const auto& a = lines.document.lines[item];
      const auto& b = lines.document.lines[below];
      if (a.location.box && b.location.box ? b.location.box->x0 <= a.location.box->x0 + 2 : b.location.column < a.location.column) return true;
      auto text_below = trim(lines.text[below]);
      return !starts_lower(text_below) && !std::regex_search(text_below.begin(), text_below.end(), score_pattern());
    };
    bool degree_item = schools && !painted && lines.document.lines[i].list_item && degree_length(marked_text) > 0 &&
                       institution_score(marked_text) == 0 && !starts_with_icase(marked_text, "certification") &&
                       i + 1 < section.end_line && !lines.document.lines[i + 1].list_item && !trim(lines.text[i + 1]).empty() &&
                       starts_at_marker(i, i + 1);
    plain = plain || degree_item;
    // "📅 05/2022 - Present   Seattle, WA": a calendar icon painted before an entry's dates marks no duty.
    // Only under a header with no dates and no duties yet; "• 2019 – 2020: interim head of the PMO" is a duty.
    plain = plain || (painted && !in_body && !blocks.empty() && !blocks.back().has_date() && starts_with_date(item_text) &&
                      find_date(item_text)->range && count_words(item_text) <= 8 && item_text.find(':') == std::string_view::npos);
    Line unmarked;
    if (plain) {
      unmarked = lines.document.lines[i];
      unmarked.list_item = false;
      unmarked.list_marker.clear();
    }
    const Line& line = plain ? unmarked : lines.document.lines[i];
    auto text = std::string(degree_item ? marked_text : trim(lines.text[i]));
    if (line.zone == Zone::Header || line.zone == Zone::Footer) continue;  // running heads: a bullet goes on past them
    size_t before = previous_line;
    previous_line = i;
    if (text.empty()) continue;
    if (is_lone_bullet(text) || is_column_header(text)) continue;  // "Dates   School / Employer   Role"
    if (states_birth_date(text)) continue;  // a recruiter's side card among the jobs: no entry's dates
    if (names_outline_subsection(lines, i, section.end_line)) continue;
    drop_outline_number(text);
    auto before_note = text.size();
    drop_date_column_note(text);
    // "SOMMERSAISON   Strandhotel Seeblick · Velden" / "2016": the rail's season note wrapped its year below, a year of
    // the entry's own dates (not the next job's "2018" after a "Teilzeit" note).
    if (std::exchange(after_rail_note, text.size() != before_note) && !blocks.empty() && season_year_within(text, blocks.back())) continue;
    // Europass: "Nome e indirizzo del datore di   Comune di …" / "lavoro": the labelled employer joins the entry.
    bool label_tail = std::exchange(after_employer_label, false) && count_words(text) <= 2 && starts_lower(text);
    if (label_tail) continue;
    // "Contexte   Fonderie …", "Environnement   IATF 16949, …" among a mission's rows: its details, never a header.
    if (!blocks.empty() && blocks.back().has_date() && is_detail_row(text)) {
      blocks.back().prose.push_back({i, text});
      last_prose_length = text.size();
      in_body = true;
      continue;
    }
    // "Réalisations   • Suivi d'un panel …": the duties' label in its cell, the first duty beside it.
    if (size_t gap = rail_label_length(text); gap > 0 && !blocks.empty() && blocks.back().has_date() &&
                                              is_duties_label(text.substr(0, gap)) && !find_date(text)) {
      auto duty = trim(std::string_view(text).substr(gap));
      blocks.back().bullets.push_back({i, std::string(trim(duty.substr(bullet_glyph_length(duty))))});
      in_body = true;
      last_bullet_line = i;
      last_bullet_length = text.size();
      bullet_indent = indent_of(line);
      continue;
    }
    if (employer_label_length(text) > 0 && !blocks.empty()) {
      blocks.back().header.push_back({i, text});
      after_employer_label = true;
      continue;
    }
    // A header wrapped before its dash is no bullet.
    bool dash_marker = line.list_marker == "–" || line.list_marker == "—" || line.list_marker == "-";
    if (line.list_item && dash_marker && !in_body && !blocks.empty() && !blocks.back().header.empty() &&
        blocks.back().header.back().line == before &&
        degree_wrapped_before_dash(blocks.back().header.back().text, text, runs_to_edge(lines, right_edges, before, i))) {
      blocks.back().header.back().text += " – " + std::string(trim(std::string_view(text).substr(bullet_glyph_length(text))));
      blocks.back().header.back().line = i;  // the header ends on this line: what wraps, wraps from here
      continue;
    }
    size_t glyph = line.list_item ? 0 : bullet_glyph_length(text);
    std::string marker = marker_at(lines, i);
    // "• Straits Bank  Singapore" / "Risk Analyst  2017 – 2020" / "◦ ...": a top-level bullet that
    // heads an entry (its own marker, a dated plain line under it) is the entry's header.
    auto body = trim(std::string_view(text).substr(bullet_glyph_length(text)));
    bool employer_word = institution_score(body) > 0 || organisation_score(body) > 0;
    bool after_bare_header = !blocks.empty() && !in_body && blocks.back().has_date() && employer_word;  // "• Nanyang Technological University"
    bool names_employer = employer_word || named_like_organisation(body);
    // "• Bachelier en Marketing – Haute École de la Province de Liège (HEPL), Jemeppe": a role or degree and its
    // employer or school run longer, parted by a dash.
    // Not "– Key accounts handled – Jaguar Land Rover Ltd" closing a job's duties: a role or a degree opens it.
    auto dash = body.find(" – ");
    bool role_then_employer = dash != std::string_view::npos && !ends_sentence(body) &&
                              title_score(body.substr(0, dash)) + degree_length(body.substr(0, dash)) > 0;
    int most_words = role_then_employer ? 14 : 8;
    bool heads_entry = (line.list_item || glyph > 0) && names_employer &&
                       (blocks.empty() || (in_body && marker != last_marker) || after_bare_header) &&
                       count_words(text.substr(glyph)) <= most_words && !find_date(text) && !leaves_bracket_open(body) &&
                       next_has_date(lines, i + 1, section.end_line);
    // "1) Senior Engineer - Product Design" / "Ashok Leyland Ltd., Chennai" / "Duration: July 2021 to …": a
    // numbered job over its employer and dates.
    // Not the last of a numbered list of duties ("3) Health and safety compliance" over the next job).
    auto numeral = [](const std::string& glyph) { return !glyph.empty() && std::isdigit(static_cast<unsigned char>(glyph[0])); };
    bool numbered = line.list_item && numeral(marker) && !(in_body && numeral(last_marker));
    heads_entry = heads_entry || (numbered && count_words(body) <= 8 && !find_date(body) && !ends_sentence(body) &&
                                  title_score(body) > 0 && dated_within(lines, i + 1, section.end_line, 3));
    // "• Aug 2006 - Jun 2009 – University of London" / "BSc (Business)": in Education a dated item
    // opens an entry whose lines follow unmarked.
    // A dated range naming a school, or following such an item ("• Jan 1999 - Dec 2002 – Tampines Secondary");
    // not "• Dean's List 2019" under a school.
    auto item_date = (line.list_item || glyph > 0) && section.canonical == "education" ? find_date(body) : std::nullopt;
    bool dated_school_item = item_date && (item_date->range || degree_length(body) > 0) &&
                             (institution_score(body) > 0 || after_school_item);
    after_school_item = dated_school_item || (after_school_item && !(line.list_item || glyph > 0));
    // "- **Sopravia Conseil** — *Administrator* (2016–2019), Paris" over nested items: a job as a list item.
    bool dated_item_over_subitems = line.list_item && !heads_entry && item_date_of(body) &&
                                    title_score(body) + organisation_score(body) + institution_score(body) > 0 &&
                                    next_is_deeper_item(lines, i + 1, section.end_line, marker_indent(line));
    // ecv's "▷ seit 04/2021 Disponent Nahverkehr" / "Hellwege Logistik GmbH, Oldenburg" / "◦ Disposition …": a dated
    // item over a plain line, its duties marked with another glyph, is the entry's header.
    bool dated_item_over_other_marks = (line.list_item || glyph > 0) && !heads_entry && starts_with_date(body) &&
                                       item_date_of(body) && !ends_sentence(body) &&
                                       employer_then_other_marks(lines, i + 1, section.end_line, marker);
    if ((dated_school_item && !heads_entry) || dated_item_over_subitems || dated_item_over_other_marks) {
      blocks.emplace_back();
      blocks.back().header.push_back({i, std::string(body)});
      in_body = false;
      continue;
    }
    if (heads_entry) text = std::string(body);
    // Word's numbered heading ("2.1 Grade 6/7 Classroom Teacher   Aug 2019 – Present"): an outline number, no bullet.
    if ((line.list_item || glyph > 0) && !heads_entry && !line.heading) {
      last_marker = marker;
      if (blocks.empty()) blocks.emplace_back();
      // A list item may keep its Symbol-font glyph in the text ("\uF0B7  Validation …") beside the drawn one.
      auto item = trim(std::string_view(text).substr(glyph));
      // Not "↓ 40 % de churn" or "− 15 %": an arrow or a sign before a number says which way it went.
      size_t second = bullet_glyph_length(item);
      auto after = trim(item.substr(second));
      bool sign = second > 0 && !after.empty() && std::isdigit(static_cast<unsigned char>(after.front())) &&
                  (item.starts_with("↓") || item.starts_with("↑") || item.starts_with("−") || item.starts_with("–") ||
                   item.starts_with("-") || item.starts_with("+"));
      blocks.back().bullets.push_back({i, std::string(sign ? item : after)});
      in_body = true;
      bullet_indent = line.list_item ? marker_indent(line) : indent_of(line);
      last_bullet_line = i;
      last_bullet_length = text.size();
      continue;
    }
    bool after_bullet = !blocks.empty() && !blocks.back().bullets.empty() && last_bullet_line == before;
    // "Unacademy   Remote" over a dated line, aligned with the wrapped text above: the next header.
    bool heads_dated_line = (text.find("   ") != std::string::npos || (after_bullet && ends_sentence(blocks.back().bullets.back().text))) &&
                            std::isupper(static_cast<unsigned char>(text[0])) && next_has_date(lines, i + 1, section.end_line);
    // Wrapped lines flush with the marker (no hanging indent): the bullet above ran to the margin mid-sentence.
    // It is long itself, or the last line of its bullet with the next bullet below; never a header over dates.
    // Not after a blank line typed in a text file (a PDF's measured gap may be loose leading, a Word
    // conversion may set each visual line as a paragraph).
    bool typed_break = line.block_start && (lines.document.format == Format::Txt || lines.document.format == Format::Md);
    // "• 2nd-Level-Support und …" over "Lernender Informatiker EFZ …" in a larger type: the next title, no wrap.
    bool larger_type = after_bullet && style_of(line).size > style_of(lines.document.lines[last_bullet_line]).size + 1.0;
    // "Estágio Profissional — Design Editorial" / "Edições Tinta Azul, Lisboa" / "fev. 2018 – jul. 2018": a title over
    // an employer over dates heads the next entry.
    bool title_over_dates = after_bullet && (title_score(text) > 0 || is_employment_kind(text.substr(0, text.find(' ')))) &&
                            !ends_sentence(text) && !find_date(text) && i + 1 < section.end_line &&
                            !lines.document.lines[i + 1].list_item && dated_within(lines, i + 1, section.end_line, 2);
    bool ran_to_margin = last_bullet_length * 4 >= widest * 3 && after_bullet && !typed_break && !larger_type && !title_over_dates &&
                         !ends_sentence(blocks.back().bullets.back().text) && !next_has_date(lines, i + 1, section.end_line) &&
                         (!std::isupper(static_cast<unsigned char>(text[0])) || text.size() * 2 >= widest ||
                          next_is_bullet(lines, i + 1, section.end_line));
    // "∙ Fachliche Betreuung von zwei" (justified to the margin) / "Werkstudierenden": the bullet's line left no room
    // for the first word below, flush with its marker, though a German noun opens it in capitals and dates follow.
    // Not the next employer's line ("Siemens Mobility GmbH", "Stena Line Scandinavia AB, Göteborg") or one in its own type.
    ran_to_margin = ran_to_margin || (after_bullet && !typed_break && !larger_type && !title_over_dates && !line.block_start &&
                                      !ends_sentence(blocks.back().bullets.back().text) && count_words(text) <= 8 &&
                                      organisation_score(text) + institution_score(text) == 0 && !has_legal_form(text) &&
                                      same_look(lines.document.lines[last_bullet_line], line) &&
                                      fills_line(lines, right_edges, last_bullet_line, i));
    // "… von Bornitrid-" / "Wendeschneidplatten …": a word broken at the margin goes on.
    bool hyphenated = after_bullet && ends_in_word_hyphen(blocks.back().bullets.back().text);
    // The year a bullet's sentence ends on, when the bullet has not ended it yet.
    // "… de la région Centre-Est en" / "2017": the year the bullet's preposition asked for.
    bool year_tail = after_bullet && ((closes_sentence_on_year(text) && !ends_sentence(blocks.back().bullets.back().text)) ||
                                      (is_lone_year(text) && !led_by_dates && ends_in_year_preposition(blocks.back().bullets.back().text)));
    // "… in farmacia (campagne" / "2021–2024)": a bracket the bullet left open closes on this short line.
    bool closes_bracket = after_bullet && count_words(text) <= 4 && text.ends_with(')') && text.find('(') == std::string::npos &&
                          leaves_bracket_open(blocks.back().bullets.back().text);
    // "… premio “Nuova Biblioteca di" / "Lodi” (2018).": a name the bullet left open, or cut on its link word, ends here.
    auto short_date = find_date(text);
    // Not past a blank line, nor onto a title or an employer: the quote must close here, the phrase go on in lower case.
    const auto& bullet_above = blocks.empty() || blocks.back().bullets.empty() ? std::string() : blocks.back().bullets.back().text;
    // After a link word it goes on in lower case, even past a blank line, or in capitals ("… at" / "MIT Media Lab",
    // "… mit der" / "Geschäftsführung") where no title is named and no dates follow.
    bool after_link = ends_with_connector(bullet_above) && !ends_sentence(bullet_above) &&
                      (starts_lower(text) || (!line.block_start && title_score(text) == 0 &&
                                               !(i + 1 < section.end_line && find_date(lines.text[i + 1]))));  // not "Beta Ltd" / "2015 – 2018"
    bool ends_cut_phrase = after_bullet && count_words(text) <= 4 && !(short_date && short_date->range) &&
                           !is_date_only(text) && text.find(':') == std::string::npos &&  // not "Tools: C, C++", a label below
                           ((!line.block_start && leaves_quote_open(bullet_above) && !leaves_quote_open(bullet_above + " " + text)) ||
                            after_link);
    // "to passage of 2021 Nebraska Financial Innovation Act": a year inside a lower-case wrap dates no entry.
    // "… in line with the Pharmacy" / "Act 2007 and PSI regulations": in the bullet's hanging indent, in capitals too.
    // Past the bullet's marker: on a page by more than a glyph's bearing (wkhtmltopdf paints its dot a point left of the
    // margin the next title starts at).
    bool past_marker = line.location.box ? indent_of(line) > bullet_indent + 2 : indent_of(line) > bullet_indent;
    bool hanging = !line.block_start && past_marker && !ends_sentence(bullet_above);
    bool year_in_wrap = short_date && !short_date->range && short_date->begin > 0 && (starts_lower(text) || hanging) &&
                        count_words(std::string_view(text).substr(short_date->finish)) >= 2;  // not "… self-employed 2018"
    // "… vers SAP" / "EWM (mise en service 11.2024).": a short line closing the bullet's sentence, its date in brackets.
    // A range too when the bullet above stops on a link word ("… ante la" / "DIAN (2021–2022).").
    bool bracketed_tail = after_bullet && !line.block_start && short_date && (!short_date->range || ends_with_connector(bullet_above)) &&
                          count_words(text) <= 6 &&
                          inside_brackets(text, short_date->begin) && ends_sentence(text) && !ends_sentence(bullet_above);
    // A link after a finished sentence ("… excellence." / "https://acme.example/") is the entry's, no wrap of it.
    bool link_after_sentence = is_link_only(text) && ends_sentence(bullet_above);
    // "- MBA em Gestão Tributária - Universidade da Região de Joinville" / "  (UNIVILLE) - 2019 a 2020": a school's list
    // item wrapped in its hanging indent, its dates at the end of the wrap.
    bool dates_item_above = schools && hanging && short_date && !bullet_above.empty() && !find_date(bullet_above) &&
                            !starts_with_date(text) && degree_length(text) == 0;
    // "… des factures fournisseurs (OCR) en" / "2023": a lone year closing a bullet left on its link word, where the
    // next entry's own dates follow at once (not "… in" / "2016" / "Vakantiekracht", a year opening the next entry).
    bool year_after_link = after_bullet && !line.block_start && short_date && !short_date->range && is_date_only(text) &&
                           ends_with_connector(bullet_above) && !ends_sentence(bullet_above) &&
                           next_has_date(lines, i + 1, section.end_line);
    // "… presented at Saolta re-" / "search day 2023": a word broken at its hyphen goes on, whatever date follows.
    // Not "janv. 2016 – juin 2017   Vendeuse, Kiabi", a dated line opening the next entry; "mag-" / "netism (2021–2024)" goes on.
    bool broken_word = hyphenated && starts_lower(text) && !starts_with_date(text);
    bool continuation = after_bullet && !heads_entry && !heads_dated_line && !link_after_sentence &&
                        (!short_date || year_tail || closes_bracket || ends_cut_phrase || year_in_wrap || bracketed_tail ||
                         dates_item_above || year_after_link || broken_word) &&
                        (ran_to_margin || hyphenated || year_tail || closes_bracket || ends_cut_phrase || bracketed_tail || year_after_link ||
                         (!line.block_start && (past_marker || std::islower(static_cast<unsigned char>(text[0])))));
    if (continuation) {
      // "* 03/2019 - actualidad | Auxiliar administrativa" / "  Asesoría Hispalense Gestión, S.L.": a dated item's
      // second line is its next field, not more words of the title.
      auto& above = blocks.back().bullets.back().text;
      // Not "Software Engineer at the European Space" / "Agency in Darmstadt": only a short title is closed by its line.
      auto date = find_date(above);
      auto title = date ? std::string(trim(std::string_view(above).substr(date->finish))) : above;
      bool short_title = (count_words(title) <= 5 || degree_length(title) > 0) && title.find(" at ") == std::string::npos;
      bool next_field = starts_with_date(above) && short_title && std::isupper(static_cast<unsigned char>(text[0])) &&
                        !ends_with_connector(above) && !ends_sentence(above) && !ends_sentence(text) && !hyphenated && count_words(text) <= 8;
      blocks.back().bullets.back().text += (next_field ? " | " : " ") + text;
      last_bullet_line = i;
      last_bullet_length = text.size();
      continue;
    }
    bool after_prose = !blocks.empty() && !blocks.back().prose.empty() && blocks.back().prose.back().line == before;
    // A prose line that ran to the margin without a full stop wraps onto this one.
    // A bold title below regular prose is the next header, not its wrap ("… homework club" / "Teaching Assistant").
    bool wrapped_prose = after_prose && last_prose_length * 4 >= widest * 3 && !ends_sentence(blocks.back().prose.back().text) &&
                         same_type(line, lines.document.lines[blocks.back().prose.back().line]) &&
                         count_words(text) <= 6 && rail_label_length(text) == 0 &&
                         // "Técnico em Informática" under a remark opens the next degree
                         (!schools || degree_length(text) == 0 || starts_lower(text)) &&
                         // "Analytics and Looker." over the next job's dates: its full stop ends the sentence above.
                         (!next_has_date(lines, i + 1, section.end_line) || (text.back() == '.' && !ends_in_abbreviation(text)) || led_by_dates);
    // "… 94 % de réalisation" / "en 2023": a year inside a lower-case tail is no new entry's date.
    auto prose_date = find_date(text);
    bool date_in_tail = (prose_date && !prose_date->range && prose_date->begin > 0) || closes_sentence_on_year(text);
    // "… findings shaped" / "2023 pricing packaging.": a sentence going on with a year.
    bool year_opens_tail = prose_date && !prose_date->range && prose_date->begin == 0 && after_prose &&
                           !ends_sentence(blocks.back().prose.back().text) && starts_lower(trim(text.substr(prose_date->finish)));
    // "… Automobilzulieferindustrie (u. a." / "Tier-1-Zulieferer)": a bracket left open goes on.
    // Not past a blank line or a full stop, and only in a paragraph of sane length (counted each time).
    bool open_bracket = false;
    const auto& prose_above = blocks.empty() || blocks.back().prose.empty() ? std::string() : blocks.back().prose.back().text;
    // "(u. a." / "z. B.": a short abbreviation's full stop ends no sentence.
    auto last_word = std::string_view(prose_above).substr(prose_above.rfind(' ') == std::string::npos ? 0 : prose_above.rfind(' ') + 1);
    bool sentence_over = ends_sentence(prose_above) && last_word.size() > 3 && !ends_in_abbreviation(prose_above);
    if (after_prose && !line.block_start && !sentence_over && prose_above.size() < 2000) {
      const auto& above = blocks.back().prose.back().text;
      open_bracket = leaves_bracket_open(above);
    }
    // "… Jahresgespräche mit Top-" / "20-Kunden": a word broken at its hyphen goes on whatever it starts with.
    bool hyphenated_prose = after_prose && ends_in_word_hyphen(prose_above) && !prose_date;
    // "… Einweisung von" / "Auszubildenden": a sentence left on its link word goes on, though dates follow.
    bool after_link_word = after_prose && !prose_date && !line.block_start && count_words(text) <= 3 &&
                           ends_with_connector(prose_above) && !ends_sentence(prose_above) &&
                           same_type(line, lines.document.lines[blocks.back().prose.back().line]);
    // "… para o lançamento do novo" / "SUV em 2022": a wrapped sentence's year after its preposition.
    bool year_after_preposition = wrapped_prose && date_in_tail && year_follows_preposition(text, *prose_date);
    // "Intercâmbio … na University of Toledo" / "(EUA), 2013–2014.": an aside in brackets opening the line goes on with
    // the sentence left open above, dates and all.
    bool aside_goes_on = after_prose && text.front() == '(' && !ends_sentence(prose_above) && !line.block_start;
    // "Environnement technique : …, Grafana," / "GitLab CI, Bash, Python": a list left on its comma goes on.
    // (A list going on as one: not "Courses: …, Intro. to CS I," over "Line Manager (Supervisor …)".)
    bool list_goes_on = after_prose && !prose_date && trim(prose_above).ends_with(',') && text.find(", ") != std::string::npos;
    if (after_prose && !heads_entry && (!line.block_start || wrapped_prose) && (!prose_date || date_in_tail || year_opens_tail || aside_goes_on) &&
        (std::islower(static_cast<unsigned char>(text[0])) || (wrapped_prose && !prose_date) || year_opens_tail || open_bracket || aside_goes_on ||
         list_goes_on ||
         hyphenated_prose || year_after_preposition || after_link_word ||
         (closes_sentence_on_year(text) && !ends_sentence(blocks.back().prose.back().text)))) {
      blocks.back().prose.back().text += " " + text;
      blocks.back().prose.back().line = i;
      last_prose_length = text.size();  // the line above the next one is this one
      continue;
    }
    // "Key responsibilities across roles:" / "Achievements:" over bullets: a label, never a header part; so is
    // "KEY RESPONSIBILITIES" in small capitals without the colon.
    // "Duties and Responsibilities:" over duties set as plain lines: a label too, when it names no post or firm.
    bool capitals_over_bullets = !schools && is_upper_case_text(text) && count_words(text) <= 3 &&
                                 next_is_bullet(lines, i + 1, section.end_line) && names_duties_or_results(text);
    if ((text.back() == ':' || capitals_over_bullets) && count_words(text) <= 6 && !find_date(text) && !blocks.empty() && blocks.back().has_date() &&
        (next_is_bullet(lines, i + 1, section.end_line) ||
         (count_words(text) <= 4 && title_score(text) == 0 && organisation_score(text) + institution_score(text) == 0)))
      continue;
    // "Tools: Python, SQL" or Europass's "Business or sector   Automotive" after an entry's bullets or
    // prose: a detail of that entry, not a new one. Among schools "A-Levels: Maths, Physics" names the next degree.
    // "Go   Python   FastAPI   Kafka" under a job's duties: the row of its technology tags.
    if (in_body && !blocks.empty() && blocks.back().has_date() && (is_labelled_detail(text) || is_sector_label(text) || is_tag_row(text)) &&
        !(schools && degree_length(text) > 0)) {
      blocks.back().prose.push_back({i, text});
      last_prose_length = text.size();  // "Key projects: …, Springwood Bus Station" / "Upgrade." wraps like prose
      continue;
    }
    // "EMPLOYER, City  dates" / a description / "TITLE" / bullets: the title belongs to the employer above.
    // Not over "Cockburn School" / "September 2017 – July 2021": a title heading the next entry.
    if (in_body && title_under_employer(blocks, text) && !dated_within(lines, i + 1, section.end_line, 2)) {
      blocks.back().header.push_back({i, text});
      continue;
    }
    // "2011 - 2015   Personeelsadministrateur" / "Koster & Baan Detachering B.V., Amersfoort": the line straight
    // under a dated header naming an employer is the header's, however far it is indented.
    // "Unidade de Cuidados Continuados Integrados Casa do Alva, Penacova (Portugal)": Europass's employer line closes
    // on its town, whatever its words.
    auto employer_with_town = [&] {
      std::string name = text;
      return count_words(text) <= 12 && std::isupper(static_cast<unsigned char>(text[0])) && !split_off_place(name, true).empty() &&
             count_words(name) >= 2 && title_score(name) == 0;
    };
    bool employer_below = !schools && !blocks.empty() && !blocks.back().header.empty() && blocks.back().header.back().line == before &&
                          blocks.back().bullets.empty() && blocks.back().prose.empty() && !ends_sentence(text) &&
                          (organisation_score(text) + institution_score(text) > 0 || employer_with_town()) && title_score(text) == 0 &&
                          ((find_date(blocks.back().header.back().text).has_value() && (count_words(text) <= 8 || employer_with_town())) ||
                           // or under a title under a line of dates, a longer name with its unit ("Centro …, Universidade do Cávado")
                           (blocks.back().header.size() == 2 && is_date_only(blocks.back().header.front().text) && count_words(text) <= 12));
    // Not under an unfinished header ("Medewerker," / "Van Dijk Installatietechniek B.V., Amersfoort").
    // "04/2019 - heute       Gesundheits- und Krankenpflegerin" over "Elbufer Klinikum Hamburg-Altona GmbH, Hamburg":
    // the employer in the text column, before any duty, heads with the title.
    // Not a duty naming clients ("Managing accounts for Barclays PLC"), nor a second firm under the employer's line.
    auto firm = text.substr(0, text.find(", "));
    bool names_firm = !in_body && !is_prose(text) && has_legal_form(firm) && count_words(text) <= 10 &&
                      capitalised_like_title(firm.substr(0, firm.rfind(' '))) && !blocks.empty() &&  // "gGmbH" in lower case
                      std::none_of(blocks.back().header.begin(), blocks.back().header.end(), [](const Item& item) {
                        return has_legal_form(item.text.substr(0, item.text.find(", "))) || organisation_score(item.text) > 0;
                      });
    bool deeper = !blocks.empty() && !blocks.back().header.empty() && count_words(text) >= 5 && !employer_below && !names_firm &&
                  !ends_with_connector(blocks.back().header.back().text) &&
                  indented_past(line, lines.document.lines[blocks.back().header.front().line]) &&
                  !same_columns_as(line, lines.document.lines[blocks.back().header.back().line]) &&
                  !role_title_below_dates(lines, blocks.back().header.back(), i, section.end_line) &&
                  !starts_in_column_of(line, lines.document.lines[blocks.back().header.front().line], text, schools) &&
                  !lines_up_with_later_header_line(lines, blocks.back(), line);
    // "Baccalauréat scientifique en candidat libre" indented under its school names a degree.
    // "Compliance Analyst, Global Team (contract role) at" / "American Express": a header however long.
    bool names_employer_next = (text.ends_with(" at") || text.ends_with(" @") || text.ends_with(" chez") || text.ends_with(" bei")) &&
                               next_is_name(lines, i + 1, section.end_line);
    // The header ran to the column's edge: a short one ("…, Seattle, WA" over "Coached students.") is whole.
    auto ran_to_edge = [&](const Item& item) { return trim(lines.text[item.line]).size() * 4 >= widest * 3; };
    // "2019–2022  Postdoctoral Fellow, Department of …, Max Planck" / "Institute for …, Plön, Germany.": the
    // header's own text column goes on below its dated line, before any bullet.
    // Not a description below it ("Mission chez Airbus Operations : conception de …, reprise").
    bool header_goes_on = !blocks.empty() && !in_body && blocks.back().header.size() == 1 && blocks.back().has_date() &&
                          count_words(text) <= 10 && text.find(" : ") == std::string::npos && !prose_date &&
                          !ends_sentence(blocks.back().header.back().text) && !blocks.back().header.back().text.ends_with(')') &&
                          starts_in_column_of(line, lines.document.lines[blocks.back().header.back().line], text, schools) &&
                          indented_past(line, lines.document.lines[blocks.back().header.back().line]) &&
                          starts_with_date(blocks.back().header.back().text) && has_open_comma(blocks.back().header.back().text) &&
                          !names_degree_remark(last_comma_piece(blocks.back().header.back().text)) &&
                          ran_to_edge(blocks.back().header.back()) && !ran_to_edge({i, text}) &&
                          header_wrapped_at != blocks.back().header.back().line;
    // The rest of the line, once ("…, Pisa." over a one-line description), where the line shows its cut: it ran to
    // the column's edge, or stopped at a comma or inside a bracket. Else a line of its own ("Projektassistent").
    auto cut_at_edge = [&](const Item& above) {
      const auto& upper = lines.document.lines[above.line];
      auto edge = page_edges.find(upper.column);  // the page's: a section of short lines is cut nowhere
      if (!upper.location.box || !line.location.box || edge == page_edges.end()) return false;
      double room = edge->second - upper.location.box->x1;  // a long word does not make a short line full
      return room < first_word_width(line.location.box->width(), trim(text)) && room < 0.12 * (edge->second - upper.location.box->x0);
    };
    auto cut_above = [&](const Item& above) {
      return cut_at_edge(above) || trim(above.text).ends_with(',') || leaves_bracket_open(above.text);
    };
    if (header_goes_on && cut_above(blocks.back().header.back())) {
      header_wrapped_at = blocks.back().header.back().line;
      append_wrapped(blocks.back().header.back().text, text);
      continue;
    }
    if (!blocks.empty() && !in_body && !blocks.back().header.empty() &&
        (initials_compound_wrap(blocks.back().header.back().text, text) || label_wraps_value(blocks.back().header.back().text, text))) {
      append_wrapped(blocks.back().header.back().text, text);
      continue;
    }
    // "…, Chablais Logistique   mars 2017 – août 2020" / "SA, Aigle.": the firm's legal form wrapped below, before
    // the dates set apart at the right; so too "…, Université de   2012 – 2014" / "Lausanne, …", left on a link word.
    auto left_open = [&](std::string_view above) {
      return (opens_with_legal_form(text) && ends_in_letter_before_dates(above)) || (left_on_link_word(above) && !find_date(text));
    };
    if (!blocks.empty() && !in_body && !blocks.back().header.empty() && dates_gap(blocks.back().header.back().text) != std::string::npos &&
        left_open(blocks.back().header.back().text)) {
      join_before_dates(blocks.back().header.back().text, trim(text));
      continue;
    }
    if (!blocks.empty() && !in_body && !blocks.back().header.empty()) {
      auto& above = blocks.back().header.back();
      if (name_wraps_onto(lines.document.lines[above.line], above.text, line, text)) {
        // Into the name's cell, before the town set apart beside it.
        auto gap = std::min(above.text.find("   "), above.text.size());
        above.text.insert(gap, " " + std::string(trim(text)));
        continue;
      }
    }
    // "Bauunternehmung Carstensen GmbH & Co." / "KG, Flensburg": a partnership's form cut after its "& Co." goes on.
    auto cut_after_co = [&](std::string_view above) {
      above = trim(above);
      return (above.ends_with("& Co.") || above.ends_with("& Co")) && opens_with_legal_form(text);
    };
    if (!blocks.empty() && !in_body && !blocks.back().header.empty() &&
        ((employer_wraps_to_legal_form(blocks.back().header.back().text, text) && cut_at_edge(blocks.back().header.back())) ||
         cut_after_co(blocks.back().header.back().text))) {
      append_wrapped(blocks.back().header.back().text, text);
      continue;
    }
    // "…, Universidade Estadual Paulista (Unesp), Rio" / "Claro – SP": a town cut at the column's edge goes on below.
    if (!blocks.empty() && !in_body && !blocks.back().header.empty() && !prose_date &&
        town_goes_on(blocks.back().header.back().text, text) && cut_at_edge(blocks.back().header.back())) {
      append_wrapped(blocks.back().header.back().text, text);
      continue;
    }
    // "Rebuilt the sales narrative and pitch deck, lifting demo-to-opportunity" / "conversion from …": among an
    // entry's prose, a line running to the margin that goes on in lower case is prose too.
    bool wraps_into_lower = in_body && !blocks.empty() && !blocks.back().prose.empty() && text.size() * 4 >= widest * 3 &&
                            count_words(text) >= 6 && !find_date(text) && next_starts_lower(lines, i + 1, section.end_line);
    // "Go · PostgreSQL · Kafka · Redis · AWS" under a job's bullets: its stack, no header of the next job.
    bool stack_below = in_body && !blocks.empty() && lists_technologies(text);
    // "Intercâmbio …: Universidade de Coimbra, Portugal (2º sem. 2014)" among a degree's remarks: one more remark.
    // So too under a dated degree when the term is dated in its own line (an undated one may head its own dates below).
    // So too under a dated degree whose school is named already ("Université de Genève" / "Semestre d’échange à …").
    // Not "Abschlussnote: 1,8; Auslandssemester an der …": the degree's grade first, read with its header.
    auto school_named_no_grade = [&] {
      return std::any_of(blocks.back().header.begin(), blocks.back().header.end(),
                         [](const Item& item) { return institution_score(item.text) > 0; }) &&
             !std::regex_search(text, score_pattern());
    };
    // So too as a bullet ("– Exchange semester at Bocconi University") under a dated degree.
    bool stay_remark = schools && !blocks.empty() &&
                       (in_body || (blocks.back().has_date() && (prose_date.has_value() || line.list_item || school_named_no_grade()))) &&
                       names_exchange_remark(text);
    const bool opens_bold = !line.runs.empty() && line.runs.front().bold;
    // Where dates lead each entry, a dated line among the body ("Auszeichnung „Sales Performer of the Year“ 2018") is body.
    // So too where dates stand in a column of their own ("Participation au passage … (2022)" among the duties).
    // There a date inside a sentence ("Soutenue le 8 décembre 2022, mention …") is body even before any other.
    // "Tercio superior · Título profesional de Ingeniero de Minas (2016)": a year in brackets closing a remark that
    // names no degree or school, under a dated entry whose dates stand in their own column.
    bool bracketed_year = date_column && prose_date && !prose_date->range && inside_brackets(text, prose_date->begin) &&
                          !starts_with_date(text) && degree_length(text) == 0 && institution_score(text) == 0 &&
                          !blocks.empty() && blocks.back().has_date();
    bool dated_body = (date_column && prose_date && !starts_with_date(text) && (in_body || !dates_a_header(text, opens_bold))) ||
                      (in_body && year_remark(text, prose_date)) || bracketed_year;
    // There the header is the dates, the title and the employer's line; a longer undated line below is body.
    // So too under a dated header line whose wrapped rest was joined to it: title, employer and town are read.
    // (A line of the contract's terms alone, "CDI, 100 %" under the dates, holds no field: three lines besides it.)
    auto three_fields = [](const Block& block) {
      return block.header.size() >= 3 &&
             std::count_if(block.header.begin(), block.header.end(), [](const Item& item) { return !names_only_contract(item.text); }) >= 3;
    };
    bool header_whole = !blocks.empty() && !blocks.back().header.empty() &&
                        (three_fields(blocks.back()) ? led_by_dates : header_wrapped_at == blocks.back().header.back().line);
    // "Degree, School" over its dates alone, then a sentence or a paragraph run to the margin ("Masterarbeit: „…“."): the
    // dates closed the header; a grade stays where the education fields read it.
    bool sentence_below_dates = !blocks.empty() && blocks.back().header.size() == 2 && !led_by_dates &&
                                is_date_only(blocks.back().header.back().text) && !find_date(blocks.back().header.front().text) &&
                                blocks.back().header.back().line + 1 == i && blocks.back().bullets.empty() && blocks.back().prose.empty() &&
                                (ends_sentence(text) || (i + 1 < section.end_line && fills_line(lines, right_edges, i, i + 1))) &&
                                !std::regex_search(text, score_pattern());
    bool past_header = (header_whole || sentence_below_dates) && count_words(text) >= 6 && !prose_date && institution_score(text) + organisation_score(text) == 0;
    // "Served on the Campus Advisory Council (2017–2019)." indented under its job: a sentence, dates and all.
    bool indented_sentence = deeper && is_prose(text) && ends_sentence(text);
    // "Monitoring and Evaluation Assistant, Nyanza Youth Empowerment Trust, Homa Bay" over "March 2016 – December
    // 2018": a line that no full stop ends, over a line of dates alone, heads them however long.
    bool heads_dates = !ends_sentence(text) && !prose_date && title_score(text) + organisation_score(text) + institution_score(text) > 0 &&
                       (prose_above.empty() || !ends_with_connector(prose_above)) &&  // not "… und drei" / "Handelspartnern"
                       (next_is_date_only(lines, i + 1, section.end_line) || town_then_dates(text, lines, i + 1, section.end_line));
    // "Escritório Contábil Vale do Itapocu Ltda. - Jaraguá do Sul/SC" after a blank line, over "Assistente Contábil |
    // jan/2016 - …": a firm's name closed by its legal form, over a dated line, opens the next employer.
    bool firm_over_dates = line.block_start && !prose_date && count_words(text) <= 12 && !ends_sentence(text) &&
                           next_has_date(lines, i + 1, section.end_line) && opens_with_firm(text);
    // "… im Trockensortiment; ab" / "2015 stellvertretende Vorarbeiterin.": the year a paragraph's preposition asked for,
    // the sentence going on in lower case. Not after "in" ("handled guest check in" / "2016 night porter, …").
    bool year_wraps_prose = !blocks.empty() && !blocks.back().prose.empty() && blocks.back().prose.back().line == before &&
                            ends_asking_for_year(blocks.back().prose.back().text) && opens_on_lone_year(text);
    bool wraps_onto_year = !blocks.empty() && !blocks.back().header.empty() && ends_asking_for_year(text) && i + 1 < section.end_line &&
                           opens_on_lone_year(lines.text[i + 1]);
    bool prose = (((is_prose(text) || deeper || wraps_into_lower || past_header || stack_below) &&
                   !dates_a_header(text, opens_bold)) ||
                  dated_body || indented_sentence || stay_remark || year_wraps_prose || wraps_onto_year ||
                  last_duty(lines, blocks, before, i, section.end_line)) &&
                 (degree_length(text) == 0 || stay_remark) &&  // "Intercâmbio" names a stay as much as a degree
                 !names_employer_next && !header_goes_on && !heads_dates && (!employer_below || wraps_onto_year) && !firm_over_dates &&
                 !line.heading;  // "### Becaria de …, El Puerto de Liverpool S.A.B. de C.V.": a heading heads, however long
    if (prose && !blocks.empty()) {
      blocks.back().prose.push_back({i, text});
      last_prose_length = text.size();
      in_body = true;
      continue;
    }
    // After a blank line a dated block goes on ("Acme" / "Jan 2022" / "Engineer") unless
    // this line brings a new date, or the next one does in blocks laid out "Employer" /
    // "date" (not "School  date" / "Degree").
    bool dated_first = !blocks.empty() && !blocks.back().header.empty() &&
                       find_date(blocks.back().header.front().text).has_value();
    bool new_dates = find_date(text) || (!dated_first && next_has_date(lines, i + 1, section.end_line));
    // Where dates stand in a column of their own and open the entry, a line opening on a range opens the next entry,
    // however close it is set (rows of one word processor table); not where they follow the degree and the school.
    bool next_range = date_column && dated_first && blocks.back().has_date() && starts_with_date(text) && find_date(text)->range;
    // "Diplomado …" / "Universidad Iberoamericana" / "2018" / "Licenciatura …" / "Universidad Autónoma …" and then,
    // set apart, "2011 - 2015": the dates of the undated entry above, where dates follow their entries.
    // Only with nothing after it in the block: a line of dates over more lines may open the next entry.
    bool set_apart = i + 1 >= section.end_line || lines.document.lines[i + 1].block_start;
    bool closes_last_entry = !in_body && !blocks.empty() && is_date_only(text) && set_apart && closes_undated_entry(blocks.back());
    bool split = blocks.empty() || in_body || (line.block_start && blocks.back().has_date() && new_dates && !closes_last_entry) ||
                 next_range;
    std::optional<Item> school_above;
    if (split && schools && !in_body && !blocks.empty() && (school_opens_next(blocks.back(), text) || degree_opens_next(blocks.back(), text))) {
      school_above = blocks.back().header.back();
      blocks.back().header.pop_back();
    }
    if (split) blocks.emplace_back();
    if (school_above) blocks.back().header.push_back(*school_above);
    in_body = false;
    // "Bachelor's Degree in Advertising and" / "Public Relations", "… Science Education and" / "Research  2017–2018".
    auto date = find_date(text);
    // "FACULDADE DE ENGENHARIA DA UNIVERSIDADE" / "DO PORTO": a school's name in capitals goes on after its link word.
    bool capitals_go_on = !blocks.back().header.empty() && continues_school_in_capitals(blocks.back().header.back().text, text);
    // "BSc Sociale Geografie en Planologie, Universiteit" / "Utrecht, 2011–2014.": a school's first word left alone
    // after the degree's comma.
    bool school_goes_on = schools && !blocks.back().header.empty() && ends_with_school_word(blocks.back().header.back().text) &&
                          !text.empty() && std::isupper(static_cast<unsigned char>(text[0])) && degree_length(text) == 0;
    bool wrapped = !blocks.back().header.empty() &&
                   (((ends_with_connector(blocks.back().header.back().text) || capitals_go_on || school_goes_on ||
                      (starts_with_connector(text) && !names_classification(text))) &&
                     (!date || (date->begin > 0 && !find_date(blocks.back().header.back().text)))) ||
                    wraps_at_margin(lines, right_edges, blocks.back().header.back().line, i) ||
                    date_after_dash(blocks.back().header.back().text, text) || is_bracketed_aside(text) ||
                    hyphenated_wrap(blocks.back().header.back().text, text) ||
                    // "…, HFH Hamburger Fern-" / "Hochschule, Hamburg": a compound broken at its hyphen goes on in capitals.
                    (ends_in_word_hyphen(blocks.back().header.back().text) && !date && !text.empty() &&
                     std::isupper(static_cast<unsigned char>(text[0]))) ||
                    // "… for a compressor" / "station (1st place, Faculty Design Fair)": a remark run to the margin
                    // goes on in lower case.
                    (starts_lower(text) && !date && !is_link_only(text) && fills_line(lines, right_edges, blocks.back().header.back().line, i)) ||
                    closes_open_bracket(blocks.back().header.back().text, text) ||
                    closes_open_quote(blocks.back().header.back().text, text) ||
                    (opens_with_legal_form(text) && ends_in_letter_before_dates(blocks.back().header.back().text)));
    if (!split && wrapped) {
      append_wrapped(blocks.back().header.back().text, text);
      continue;
    }
    if (!split && !blocks.back().header.empty() && wraps_before_date(lines, blocks.back().header.back().line, i)) {
      auto& above = blocks.back().header.back().text;
      auto gap = above.rfind("   ");  // the word goes on the field, before the gap to the dates
      above.insert(gap == std::string::npos ? above.size() : gap, " " + text);
      continue;
    }
    blocks.back().header.push_back({i, text});
  }
  return blocks;
}

/// "Abschluss: Bachelor of Arts (B.A.), Note: 1,9" → "Bachelor of Arts (B.A.)": what a degree label names, up to its
/// first comma; nothing on a line without the label.
std::optional<std::string> degree_label_value(const std::string& text) {
  static const std::regex kLabel{
      R"(^\s*(?:abschluss|akademischer grad|degree|degree obtained|qualification|titel|t(?:í|i)tulo(?: obtenido)?|dipl(?:ô|o)me(?: obtenu)?|titolo(?: conseguito)?|grau)\s*:\s*(.+)$)",
      std::regex::icase};
  std::smatch match;
  if (!std::regex_match(text, match, kLabel)) return std::nullopt;
  // "Master of Science (Note 1,7)": a grade in brackets is the score, not part of the degree.
  static const std::regex kBracketedGrade{R"(\s*\([^()]*\d[^()]*\))"};
  auto value = std::regex_replace(match.str(1), kBracketedGrade, "");
  return value.substr(0, value.find_first_of(",;"));
}

/// Several entries in one header run (entries without bullets): split so each
/// has one date, keeping the layout of the first.
std::vector<std::vector<Item>> split_by_dates(const std::vector<Item>& header) {
  std::vector<size_t> dated;
  bool running = false;  // the last dated line's range is still open, no degree named since
  std::string range_end;  // the end of that range as "YYYY-MM", no degree named since
  for (size_t i = 0; i < header.size(); ++i) {
    const auto& text = header[i].text;
    auto date = find_date(text);
    // "Sep 2023 – Present" … "Course-based · Expected April 2027": the due end of the degree above, no entry's date;
    // not "B.S. Mathematics" / "Expected May 2024" below it, the next degree's own. Looked up only while one runs.
    // "feb. 2026 – jun. 2027" … "Grado esperado: junio de 2027" restates the end the range gave.
    if (!date) {
      if ((running || !range_end.empty()) && degree_length(text) > 0) {
        running = false;
        range_end.clear();
      }
      continue;
    }
    if ((running || !range_end.empty()) && degree_length(text) == 0 && institution_score(text) == 0)
      if (auto due = expected_end(text); due && (running || due->iso() == range_end)) continue;
    // "Título: Ingeniera Industrial (grado: marzo de 2017)" under "Ingeniería Industrial   2011 – 2016": the
    // title the degree above conferred, dated by its ceremony, no entry of its own.
    if (!dated.empty() && degree_label_value(text)) continue;
    // "Titre de comptable-fiscaliste agréé obtenu en 2019" under "2016 – 2019  Stage professionnel ITAA": the title
    // the entry above led to, dated when it was granted.
    if (!dated.empty() && !date->range && institution_score(text) == 0 && names_year_granted(text)) continue;
    dated.push_back(i);
    running = date->end.present;
    range_end = date->range ? date->end.iso() : "";
  }
  if (dated.size() <= 1) return {header};
  std::vector<std::vector<Item>> entries;
  // Entries laid out alike, dates at one step apart: each entry is a step long, the last one maybe short of its remark
  // ("Degree" / "School" / "date" / "Gemiddeld cijfer: 7,4", then the same without the mark).
  size_t size = dated[1] - dated[0];
  bool regular = dated[0] < size && header.size() - dated.back() <= size - dated[0];
  for (size_t k = 0; regular && k < dated.size(); ++k) regular = dated[k] == dated[0] + k * size;
  // A short last entry only when what follows each date is a remark, no line that opens an entry ("Abitur").
  for (size_t i = 0; regular && header.size() % dated.size() != 0 && i < header.size(); ++i) {
    const auto& text = header[i].text;
    bool after_date = i % size > dated[0];
    regular = !after_date || opens_with_mark(text) ||
              // "Substituição do Chefe de Cozinha nas suas ausências": a title word inside a duty names no title.
              (degree_length(text) + institution_score(text) + organisation_score(text) +
                       (capitalised_like_title(text) ? title_score(text) : 0) ==
                   0 &&
               !is_prose(text));  // a sentence is a duty, which the header must not swallow
  }
  if (regular) {
    for (size_t k = 0; k < dated.size(); ++k)
      entries.emplace_back(header.begin() + static_cast<long>(k * size),
                           header.begin() + static_cast<long>(k + 1 == dated.size() ? header.size() : (k + 1) * size));
    return entries;
  }
  // "Degree" / "School" / "date", entries of uneven length: each date closes its entry
  // (lines after the last date stay with the last entry). A labelled remark right under a date
  // ("Specialisatie: Duurzaamheid en Beleid · Cum laude") is that entry's, not the next one's opening.
  if (dated.front() > 0) {
    auto remark = [](const std::string& text) {
      // "Berufsbegleitendes Fernstudium, Abschlussnote 1,9. Bachelorarbeit zur …": a sentence about the entry above.
      if (ends_sentence(text) && is_prose(text) && degree_length(text) + institution_score(text) == 0) return true;
      auto colon = text.find(':');
      if (colon == std::string::npos || colon > 40 || count_words(text.substr(0, colon)) > 3) return false;
      auto value = std::string(trim(std::string_view(text).substr(colon + 1)));  // not "Título de grado: Contador Público"
      return degree_length(text) + degree_length(value) == 0 &&
             institution_score(text) + organisation_score(text) + title_score(text.substr(0, colon)) == 0;
    };
    auto begin = [&](size_t k) {
      if (k == 0) return size_t{0};
      size_t at = dated[k - 1] + 1;
      while (at + 1 < dated[k] && remark(header[at].text)) ++at;
      return at;
    };
    for (size_t k = 0; k < dated.size(); ++k)
      entries.emplace_back(header.begin() + static_cast<long>(begin(k)),
                           header.begin() + static_cast<long>(k + 1 == dated.size() ? header.size() : begin(k + 1)));
    return entries;
  }
  // "Bacharelado em …, Universidade …, 2010 – 2014" / "Serviço Nacional … – SENAI" / "Técnico em Logística · 2009":
  // a school line left above a dated degree line belongs to it when the line before was a whole entry.
  auto starts_at = [&](size_t k) {
    size_t begin = dated[k];
    bool whole_above = dated[k] - dated[k - 1] == 2 && institution_score(header[dated[k - 1]].text) > 0 &&
                       degree_length(header[dated[k - 1]].text) > 0;
    bool needs_school = degree_length(header[begin].text) > 0 && institution_score(header[begin].text) == 0;
    if (whole_above && needs_school) return begin - 1;
    // "Netherton Park Primary School · Dudley · Sept 2016–Aug 2019" / "Year 3 Class Teacher" / "Sept 2017–Aug 2019": a
    // banner's dated line, then a role's title over its dates alone; the title opens the role.
    bool title_over_dates = is_date_only(header[begin].text) && !is_date_only(header[dated[k - 1]].text) && begin - 1 > dated[k - 1] &&
                            title_score(header[begin - 1].text) > 0 && !find_date(header[begin - 1].text);
    return title_over_dates ? begin - 1 : begin;
  };
  for (size_t k = 0; k < dated.size(); ++k) {
    size_t begin = k == 0 ? 0 : starts_at(k);
    size_t end = k + 1 < dated.size() ? starts_at(k + 1) : header.size();
    entries.emplace_back(header.begin() + static_cast<long>(begin), header.begin() + static_cast<long>(end));
  }
  return entries;
}

struct HeaderFields {
  std::vector<std::string> parts;
  std::vector<bool> dated;     ///< per part: its line holds the date
  std::vector<size_t> line_of; ///< per part: index of its header line
  std::optional<DateMatch> date;
  std::string location;
  size_t location_line = std::string::npos;  ///< the header line the location was read from
  bool bracketed_place = false;              ///< the location was printed in brackets: a place, whatever its words
};

std::string remove_span(const std::string& text, size_t begin, size_t end) {
  return text.substr(0, begin) + "   " + text.substr(end);
}

bool is_all_caps(std::string_view text) {
  bool letters = false;
  for (char c : text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    letters = letters || std::isalpha(static_cast<unsigned char>(c));
  }
  return letters;
}

/// "Hospital Universitario Dr. Peset", "Ft. Worth": an honorific's full stop goes on into the name it opens
/// ("St." may close a street: "123 Main St. Springfield, IL"); so does an initial ("Escolas Infante D. Fernando").
bool before_a_name(std::string_view text) {
  static const std::set<std::string> kHonorifics = {"dr", "dra", "prof", "sr", "sra", "sto", "sta", "mr", "mrs",
                                                   "ms", "mt", "ft", "dott", "ing", "gen", "pres", "pe",
                                                   "avv", "arch", "geom", "rag",  // Italian professional titles: "Studio Legale Avv. Rossi"
                                                   "gebr", "gebrs"};  // Dutch and German brothers' firms: "Aannemersbedrijf Gebr. Mulder"
  auto trimmed = trim(text);
  // Not "Telefónica S. A." or "Philips N. V.": a legal form spelt with spaced initials closes the name.
  static const std::regex kSpacedLegalForm{R"((?:^|\s)(?:S\. ?A|N\. ?V|B\. ?V|S\. ?L|S\. ?p\. ?A|A\. ?G|S\. ?R\. ?L)\.$)"};
  // ('Liceo Scientifico "G. Torelli"': an initial opening a quoted name too.)
  auto before_initial = trimmed.size() >= 3 ? trimmed.substr(0, trimmed.size() - 2) : std::string_view();
  bool opens_word = before_initial.ends_with(' ') || before_initial.ends_with('"') || before_initial.ends_with("“") ||
                    before_initial.ends_with("«");
  if (trimmed.size() >= 3 && trimmed.ends_with('.') && opens_word &&
      std::isupper(static_cast<unsigned char>(trimmed[trimmed.size() - 2])) &&
      !std::regex_search(trimmed.begin(), trimmed.end(), kSpacedLegalForm))
    return true;
  auto words = plain_words(text);
  return !words.empty() && kHonorifics.count(words.back());
}

/// "CloudWorks Inc. Seattle, WA", "Northwind Technology. San Jose, CA": the city sits
/// between the employer (ending in a suffix or a full stop) and the region code.
bool split_city_from_employer(std::string& part, size_t comma, std::string& location) {
  auto head = part.substr(0, comma);
  size_t cut = std::string::npos;
  for (size_t dot = head.find(". "); dot != std::string::npos; dot = head.find(". ", dot + 1))
    if (!before_a_name(head.substr(0, dot + 1))) cut = dot + 1;
  if (cut == std::string::npos) return false;
  // "Ortenau-Hospital St. Elisabeth, Offenburg": a hospital or a school named for a saint, whose "St." no street closes.
  auto before = std::string(trim(head.substr(0, cut)));
  auto name = before.substr(before.rfind(", ") == std::string::npos ? 0 : before.rfind(", ") + 2);  // not "123 Main St."
  if (name.ends_with(" St.") && digits_of(name).empty() && organisation_score(name) + institution_score(name) > 0) return false;
  auto city = std::string(trim(head.substr(cut)));
  // Not "Arte e Memoria Soc. Coop., Firenze": an abbreviated legal form is no town.
  if (!is_place_name(city) || city.ends_with('.') || organisation_score(city) > 0 || title_score(city) > 0) return false;
  if (location.empty()) location = city + ", " + std::string(trim(part.substr(comma + 1)));
  part = std::string(trim(head.substr(0, cut)));
  if (part.ends_with('.') && organisation_score(part) == 0) part.pop_back();  // "Technology." -> "Technology"
  return true;
}


/// "Yorkshire Water, Bradford", "Arla Foods UK, Leeds": in a job's header a known city after a name no list
/// knows as a place is the employer's town (a contact line's "Headingley, Leeds" is read elsewhere).
bool names_employer_then_city(std::string_view part) {
  auto comma = part.find(", ");
  if (comma == std::string_view::npos || part.find(',', comma + 1) != std::string_view::npos) return false;
  auto head = trim(part.substr(0, comma)), tail = trim(part.substr(comma + 2));
  return !city_country(tail).empty() && city_country(head).empty() && country_code(head).empty() && !is_region_code(head) &&
         title_score(head) == 0;
}

/// "Mount Carmel East, Columbus, OH", "Yorkshire Water, Bradford", "NUI Galway, Galway, Ireland": a place read
/// whole whose first piece is no known town but an employer's or school's name, before a town and its region, or
/// before a town where no region is known.
bool place_opens_with_name(std::string_view place) {
  auto comma = place.find(", ");
  if (comma == std::string_view::npos) return false;
  auto first = trim(place.substr(0, comma)), rest = trim(place.substr(comma + 2));
  if (!city_country(first).empty() || !country_code(first).empty() || is_region_code(first)) return false;
  if (rest.find(',') != std::string_view::npos) return true;
  return names_employer_then_city(place) || (!is_region_code(rest) && country_code(rest).empty() && !is_location(first));
}


/// "Cabinet Schaeffer & Associés, Colmar", "Bol.com (via Ingram Micro), Waalwijk": one capitalised word no
/// lexicon knows after a name shaped like an employer's (not a title's) is its town; not "Amazon, AWS" or a unit.
bool town_after_employer(std::string_view head, std::string_view tail) {
  static const std::regex kDomain{R"(\b[a-z0-9-]+\.(?:com|net|org|io|nl|de|fr|es|it|pt|be|ch|at|co\.uk)\b)", std::regex::icase};
  auto head_text = std::string(head);
  // "Sri Lakshmi Agencies (distributor for Hindustan brands), Eluru": the remark in lower case says what the firm does.
  drop_lower_case_remark(head_text);
  head = head_text;
  bool employer = has_legal_form(head) || head.find(" & ") != std::string_view::npos || named_like_organisation(head) ||
                  std::regex_search(head_text, kDomain);
  // "Reha-Zentrum Kurpark GmbH, Bad Krozingen", "…, Landau in der Pfalz": a town of a few words built the way towns are named.
  // Not "Haus an der Linde", a care home named like a town.
  static const std::regex kFacility{R"(^(?:Haus|Heim|Hof|Zentrum|Klinik|Stift|Residenz|Park|Garten|Villa)\b.*)"};
  bool town = (count_words(tail) == 1 && is_place_name(tail)) ||
              (count_words(tail) <= 4 && shaped_like_town(tail) && !std::regex_match(std::string(tail), kFacility));
  return employer && !leaves_bracket_open(head) && title_score(head) == 0 && town && !is_all_caps(tail) &&
         !names_department(tail) && !field_words().count(fold_case(tail)) && !has_legal_form(tail) &&
         organisation_score(tail) + institution_score(tail) + title_score(tail) == 0;
}

/// "Chartered Accountants", "Solicitors", "Rechtsanwälte": a firm's trade, named by its members.
bool names_profession_plural(std::string_view text) {
  static const std::regex kProfession{
      R"(^(?:[A-Z]\S*\s+){0,2}(?:Accountants|Solicitors|Architects|Engineers|Consultants|Lawyers|Attorneys|Advisers|Advisors|Surveyors|Auditors|Avocats|Notaires|Rechtsanwälte|Steuerberater|Wirtschaftsprüfer|Abogados|Advogados|Avvocati|Commercialisti)$)"};
  return std::regex_match(text.begin(), text.end(), kProfession);
}

/// Splits a trailing ", Place" off a part ("Northwind Bank, India").
/// "Rennes et Saint-Malo", "Leeds and Bradford": two towns worked in, one of them known.
bool names_town_pair(std::string_view text) {
  static const std::regex kPair{R"(^(.+?)\s+(et|and|und|y|e|en|&)\s+(.+)$)"};
  std::match_results<std::string_view::const_iterator> pair;
  if (!std::regex_match(text.begin(), text.end(), pair, kPair)) return false;
  auto first = pair.str(1), second = pair.str(3);
  auto town = [](const std::string& name) { return count_words(name) <= 3 && is_place_name(name) && title_score(name) == 0 && organisation_score(name) == 0; };
  bool known_first = !city_country(first).empty(), known_second = !city_country(second).empty();
  // "Lyon & Turnbull": a firm named with "&" after a town; with "&" both must be known towns.
  if (pair.str(2) == "&") return known_first && known_second;
  return town(first) && town(second) && (known_first || known_second);
}

/// "Außenstelle Husum", "Niederlassung Köln", "agence de Rennes", "vestiging Zwolle": a branch word, then a town that
/// names no firm; returns the town, or nothing.
std::string branch_town(std::string_view text) {
  static const std::regex kBranch{
      R"(^(?:Außenstelle|Aussenstelle|Niederlassung|Zweigstelle|Zweigniederlassung|Filiale|Geschäftsstelle|Standort|Agence(?: de| d'| d’)?|Succursale(?: de| d'| d’)?|Vestiging|Filiaal|Sucursal(?: de)?|Filial(?: de)?|Filiale di|Sede di|Sede de)\s+([^,]+)$)",
      std::regex::icase};
  // Not "Geschäftsstelle Nord", "Standort Hauptbahnhof": a quarter or a station, no town.
  static const std::regex kQuarter{
      R"(^(?:Nord|Süd|Sud|Ost|West|Mitte|Nordost|Nordwest|Südost|Südwest|Zentrale|Zentrum|Hauptbahnhof|Hbf|Centre|Center|Central|North|South|East|Est|Ouest|Noord|Zuid|Oost)$)",
      std::regex::icase};
  std::match_results<std::string_view::const_iterator> match;
  if (!std::regex_match(text.begin(), text.end(), match, kBranch)) return {};
  auto town = match.str(1);
  if (count_words(town) > 3 || !is_place_name(town) || employer_words(town) + title_score(town) > 0 || names_department(town) ||
      std::regex_match(town, kQuarter))
    return {};
  return town;
}

void split_trailing_location(std::vector<std::string>& parts, std::string& location) {
  for (auto& part : parts) {
    for (size_t comma = part.find(','); comma != std::string::npos; comma = part.find(',', comma + 1)) {
      if (inside_brackets(part, comma)) continue;  // "Professora (Grupo 500, Quadro de Agrupamento)"
      auto tail = std::string(trim(part.substr(comma + 1)));
      auto head = part.substr(0, comma);
      // "Landesbetrieb Küstenschutz, Außenstelle Husum": the employer's branch, named by its town.
      if (auto town = branch_town(tail); !town.empty() && location.empty() && comma > 0) {
        location = town;
        part = std::string(trim(head));
        break;
      }
      // "Henderson Loch LLP, Chartered Accountants, Edinburgh": what the firm does, after its legal form; no name.
      if (auto trade = tail.substr(0, tail.find(',')); (has_legal_form(head) || organisation_score(head) > 0) && names_profession_plural(trade)) {
        part.erase(comma, part.find(trade, comma) + trade.size() - comma);
        comma = comma == 0 ? 0 : comma - 1;
        continue;
      }
      // "Lyon", not "MND" after "Cyber Command"; in a line set all in capitals, "DELHI" is a place.
      bool named_place = (is_place_name(tail) && (!is_all_caps(tail) || (is_all_caps(part) && count_words(tail) <= 3))) ||
                         is_town_with_area(tail);
      bool place = (is_location(tail) && !names_campus(head, tail)) || names_town_pair(tail) ||
                   town_with_province(tail, title_score(head) == 0 && !is_employment_kind(head)) ||
                   (location.empty() && organisation_score(head) > 0 && organisation_score(tail) == 0 && named_place &&
                    !names_department(tail) && title_score(tail) == 0) ||  // not "…Feuerwehr Pankow, Gruppenführer"
                   (location.empty() && town_after_employer(head.substr(head.rfind(", ") == std::string::npos ? 0 : head.rfind(", ") + 2), tail));
      if (!place && is_region_code(tail) && split_city_from_employer(part, comma, location)) break;
      bool whole_place = is_location(part) && location.empty() && std::count(part.begin(), part.end(), ',') < 2;
      if (place && !whole_place) {
        auto head_text = std::string(trim(part.substr(0, comma)));
        if (!split_city_from_employer(part, comma, location)) {
          if (location.empty()) location = tail;
          part = head_text;
        }
        break;
      }
    }
  }
}

/// "Laval, Québec, Canada" (LinkedIn's export): an unlisted town before a region and its country, no employer.
bool names_town_region_country(std::string_view place) {
  auto first = place.find(','), last = place.rfind(',');
  if (first == std::string_view::npos || place.find(',', first + 1) != last) return false;  // exactly two commas
  auto town = trim(place.substr(0, first)), region = trim(place.substr(first + 1, last - first - 1));
  auto code = region_country(region);
  return !code.empty() && country_code(trim(place.substr(last + 1))) == code && is_place_name(town) &&
         employer_words(town) + title_score(town) == 0;
}

/// Drops unbalanced brackets, commas and dot leaders left at the ends by splitting; soft hyphens print as "-".
std::string strip_brackets(std::string text) {
  std::string hyphenated;
  for (size_t i = 0; i < text.size(); ++i) {
    bool soft_hyphen = text.compare(i, 2, "\u00AD") == 0;
    hyphenated.push_back(soft_hyphen ? '-' : text[i]);
    if (soft_hyphen) ++i;
  }
  text = std::move(hyphenated);
  // "Analista de Datos ........ 03/2018 – actualidad": a tab's dot leader to the dates right is no part of the field.
  // Character by character: a byte set would also eat the tail of "æ" (C3 A6) before the dots.
  if (text.ends_with("...") || text.ends_with("…"))
    while (!text.empty() && (text.back() == '.' || text.back() == ' ' || text.ends_with("…")))
      text.erase(text.size() - (text.back() == '.' || text.back() == ' ' ? 1 : 3));
  auto balance = [&] { return std::count(text.begin(), text.end(), '(') - std::count(text.begin(), text.end(), ')'); };
  while (!text.empty() && (text.back() == ',' || text.back() == '(' || (text.back() == ')' && balance() < 0)))
    text = std::string(trim(text.substr(0, text.size() - 1)));
  if (text.size() > 2 && text.front() == '(' && text.back() == ')') text = text.substr(1, text.size() - 2);
  if (!text.empty() && text.back() != ')' && balance() > 0 && text.rfind('(') + 1 == text.size()) text.pop_back();
  return std::string(trim(text));
}

void drop_trailing_separator(std::string& text) {
  auto kept = std::string(trim(text));
  // "Title • Company • Aug 2021 – Present": the dates taken, the separator before them goes too.
  for (const char* dash : {"–", "—", "-", "•", "|"})
    if (kept.ends_with(dash) && kept.size() > std::strlen(dash) && kept[kept.size() - std::strlen(dash) - 1] == ' ') {
      text = std::string(trim(std::string_view(kept).substr(0, kept.size() - std::strlen(dash))));
      return;
    }
}

/// A length of service printed beside the dates: "(1 year 8 months)", "· 2 yrs 3 mos", "(7 Monate)".
const std::regex& duration_pattern() {
  static const std::regex pattern{
      R"((?:\(|·)?\s?(?:(?:\d{1,3}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)\s?(?:years?|yrs?|months?|mos?|(?:weeks?|wks?|wochen|semaines?|semanas?|settimane|weken)(?=\))|jahre?|monate?|ans?|mois|años?|anos?|an(?:ni|no)|mes(?:es|i|e)?|mês|jaar|maand(?:en)?|(?:winter|sommer)?saison(?:en)?|seasons?|saisons?|temporadas?|stagioni)(?![A-Za-z])\s?(?:(?:et|and|und|y|e|en|ed)\s(?:(?:a\s)?half\b|demi\b|meio\b|medio\b|mezzo\b)?\s?)?){1,2}\)?)",
      std::regex::icase};
  return pattern;
}

/// "(2 years 3 months)" blanked; not the end of a range inside a title's remark ("(aula 1-2 años)": children's ages).
std::string drop_durations(const std::string& text) {
  std::string kept;
  size_t from = 0;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), duration_pattern()); it != std::sregex_iterator(); ++it) {
    auto at = static_cast<size_t>(it->position(0));
    auto before = std::string_view(text).substr(0, at);
    bool ends_range = std::isdigit(static_cast<unsigned char>(text[at])) && (before.ends_with("-") || before.ends_with("–"));
    if (ends_range) continue;
    kept += text.substr(from, at - from) + " ";
    from = at + static_cast<size_t>(it->length(0));
  }
  return kept + text.substr(from);
}

/// " https://acme.example/", "www.acme.com": a link, never a title or an employer.
bool is_link_only(std::string_view part) {
  auto urls = find_web_addresses(part);
  if (urls.empty()) return false;
  std::string rest(part);
  for (const auto& url : urls) rest.replace(url.offset, url.text.size(), std::string(url.text.size(), ' '));
  return std::none_of(rest.begin(), rest.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

/// "bol.com", "Booking.com": a domain of one label, no scheme, "www." or path, as brands are named.
bool names_brand_domain(std::string_view part) {
  static const std::regex domain{R"(^[A-Za-z0-9][A-Za-z0-9-]*\.[a-z]{2,6}$)"};
  return std::regex_match(std::string(trim(part)), domain);
}

/// "Servicenow -Link", "Acme (Website)": the label of a link printed after a name.
std::string drop_link_label(const std::string& part) {
  static const std::regex label{R"(\s*(?:-|\||\(|\[)\s*(?:link|website|demo)\s*[)\]]?\s*$)", std::regex::icase};
  auto kept = std::regex_replace(part, label, "");
  return kept.empty() ? part : kept;
}

/// "Indian Institute of Science (Kolkata, India)": a place in brackets, commas and all, before the
/// header is split at its commas.
void take_bracketed_place(std::string& text, HeaderFields& fields) {
  auto close = text.rfind(')');
  auto open = close == std::string::npos ? std::string::npos : text.rfind(" (", close);
  if (open == std::string::npos || !fields.location.empty()) return;
  auto inside = text.substr(open + 2, close - open - 2);
  if (inside.find(", ") == std::string::npos || !is_location(inside)) return;
  // Not the terms of the job ("Pflegehelferin (Aushilfe, Minijob)", "Cashier (Part-time, Weekends)").
  static const std::regex kTerms{
      R"(\b(?:aushilfe|minijob|teilzeit|vollzeit|befristet|werkstudent|part-time|full-time|part time|full time|weekends?|temporary|contract|freelance|seasonal|internship|stage|cdd|cdi|bijbaan|parcial|tempo parziale)\b)",
      std::regex::icase};
  if (std::regex_search(inside, kTerms)) return;
  fields.location = inside;
  fields.bracketed_place = true;
  text = remove_span(text, open, close + 1);
}

/// "Casa do Alva, Penacova (Portugal)", "…, EPE, Coimbra (Portugal)": Europass closes the employer's line on its town
/// and the country in brackets; the two are one place, taken before the line is split at its commas.
void take_town_with_country(std::string& text, HeaderFields& fields) {
  static const std::regex kTownCountry{R"(,\s+([^,()]+?)\s+\(([^()]+)\)\s*$)"};
  std::smatch match;
  if (!fields.location.empty() || !std::regex_search(text, match, kTownCountry) || country_code(match.str(2)).empty()) return;
  auto town = match.str(1);
  if (!is_place_name(town) || organisation_score(town) + institution_score(town) + title_score(town) > 0) return;
  fields.location = town + " (" + match.str(2) + ")";
  fields.bracketed_place = true;
  text.erase(static_cast<size_t>(match.position(0)));
}

/// "Stellantis – Polo Automotivo de Betim | Betim – MG": a Brazilian town and its state closing the line are one
/// place, though a dash parts them; the split at dashes would leave the state alone.
void take_town_and_state(std::string& text, HeaderFields& fields, size_t line) {
  static const std::regex kTownState{R"((^|\s(?:\||·)\s|,\s)((?:(?!\||·|,|–|—).)+?)\s(?:–|-)\s([A-Z]{2})\s*$)"};
  std::smatch match;
  if (!fields.location.empty() || !std::regex_search(text, match, kTownState) || !is_brazilian_state(match[3].str())) return;
  auto town = match[2].str();
  // Alone on its line "Natura – SP" is the employer and its state; after a separator, or a known town, a place.
  if (match[1].length() == 0 && city_country(town) != "BR") return;
  if (!is_place_name(town, 4) || title_score(town) > 0 || organisation_score(town) > 0 || institution_score(town) > 0) return;
  fields.location = town + " – " + match[3].str();
  fields.location_line = line;
  text = remove_span(text, static_cast<size_t>(match.position(2)), text.size());
}

/// "Remote", "Hybrid": where the work happens, said in place of a town.
bool names_work_mode(std::string_view part) {
  static const std::set<std::string, std::less<>> kModes = {"remote", "hybrid", "on-site", "onsite", "télétravail", "remoto", "híbrido", "hybride"};
  return kModes.count(fold_case(trim(part))) > 0;
}

/// "Chicago, IL (Hybrid)": the way of working qualifies the place, it is not one; "Engineer (On-site)" keeps it.
void drop_work_mode_after_place(std::string& text) {
  static const std::regex bracket{R"(\s*\(([^()]+)\))"};
  std::smatch match;
  if (!std::regex_search(text, match, bracket) || !names_work_mode(match.str(1))) return;
  auto before = text.substr(0, static_cast<size_t>(match.position(0)));
  size_t cut = 0;
  for (const char* separator : {" | ", "   ", " – ", " · ", " — "})
    if (auto at = before.rfind(separator); at != std::string::npos) cut = std::max(cut, at + std::strlen(separator));
  if (is_location(trim(std::string_view(before).substr(cut))))
    text = before + text.substr(static_cast<size_t>(match.position(0) + match.length(0)));
}

/// "Moorside High School, Wakefield – 11–16 academy, part of …", "… Hub, Sheffield – Private tuition centre": what
/// kind of place the employer is, in common nouns after its town, names nothing; "Acme, London – Software Engineer" keeps its title.
/// Only on a job's employer line under (or over) its title line: "Amazon, Doncaster – Warehouse operative" names the title.
void drop_employer_description(const std::vector<Item>& header, size_t h, std::string& text) {
  // Every header line passes here: the regex only where a comma and a spaced dash are printed.
  if (text.find(", ") == std::string::npos || (text.find(" – ") == std::string::npos && text.find(" — ") == std::string::npos)) return;
  static const std::regex kDescribed{R"(^([^,]+), ([^,]+?) (?:–|—) (\S+(?: [^\sA-Z][^\s]*)+)(?:,.*)?$)"};
  std::smatch match;
  if (!std::regex_match(text, match, kDescribed) || !is_place_name(match.str(2)) || title_score(match.str(3)) > 0) return;
  if (find_date(text) || title_score(match.str(1)) > 0 || starts_lower(match.str(1))) return;
  // A kind of workplace ("academy", "centre"), not a role or a class ("first class honours").
  auto kind = match.str(3);
  if (organisation_score(kind) + institution_score(kind) == 0 || names_classification(kind)) return;
  bool title_elsewhere = false;
  for (size_t k = 0; k < header.size(); ++k) title_elsewhere = title_elsewhere || (k != h && title_score(header[k].text) > 0);
  if (title_elsewhere) text = match.str(1) + ", " + match.str(2);
}

/// "From", "Da", "Von": the word that opened a date range, left behind when the dates are taken out.
bool is_from_word(std::string_view word) {
  static const char* const kFrom[] = {"from", "da", "dal", "dalla", "desde", "de", "von", "vom", "du", "van", "depuis", "dès", "seit", "since"};
  return std::any_of(std::begin(kFrom), std::end(kFrom), [&](const char* from) { return word == from; });
}

/// "En poste", "Current", "Aktuell": a profile's badge beside the title of the job held now.
bool names_current_badge(std::string_view part) {
  return names_present(part) || fold_case(trim(part)) == "en poste";  // "Current", "Aktuell" end a range as well
}

/// "Magasinier – vendeur comptoir   Terminé": a temp app's chip saying the job is over, beside the title.
bool names_finished_badge(std::string_view part) {
  static const std::set<std::string, std::less<>> kFinished = {"terminé", "terminée", "finalizado", "finalizada", "concluído", "concluída",
                                                               "abgeschlossen", "beendet", "ended", "afgerond", "beëindigd", "concluso", "conclusa"};
  return kFinished.count(fold_case(trim(part))) > 0;
}

/// "✔ Verified", "Verifiziert", "✓ Vérifié": a portal's badge saying it checked the entry.
bool names_verified_badge(std::string_view part) {
  part = trim(part);
  bool ticked = false;
  for (std::string_view mark : {"✔", "✓", "☑"})
    if (part.starts_with(mark)) {
      part = trim(part.substr(mark.size()));
      ticked = true;
    }
  // Without its tick only the English word: "Verificado" may be a firm's name.
  static const std::set<std::string, std::less<>> kVerified = {"verified", "verifiziert", "vérifié", "vérifiée", "verificado", "verificada",
                                                               "verificato", "verificata", "geverifieerd"};
  return ticked ? kVerified.count(fold_case(part)) > 0 : part == "Verified";
}

/// "concluído em", "completed in", "obtenu en": the words left before a date saying it was finished.
bool names_completion(const std::vector<std::string>& words) {
  static const std::set<std::string, std::less<>> kCompleted = {
      "completed", "graduated", "awarded", "obtained", "concluído", "concluido", "conclusão", "concluso", "conseguito",
      "obtenu", "obtenue", "diplômé", "diplômée", "terminado", "finalizado", "obtenido", "abgeschlossen", "abschluss",
      "behaald", "afgerond", "expected", "prévu", "previsto", "in", "em", "en", "il", "im", "on"};
  return !words.empty() && words.size() <= 3 && kCompleted.count(words.front()) && words.front().size() > 3 &&
         std::all_of(words.begin(), words.end(), [](const std::string& word) { return kCompleted.count(word) > 0; });
}

/// "Concluído", "Cursando", "In progress", "Abgeschlossen": where a course stands, said alone.
bool names_course_status(std::string_view piece) {
  // Words that end a range ("em curso", "ongoing", "laufend") say it as well; these do not.
  static const std::set<std::string, std::less<>> kStatus = {
      "cursando", "em andamento", "trancado", "incompleto", "in progress", "lopend", "bezig", "currently enrolled", "completo",
      "completa", "completado", "finished", "ohne abschluss", "nicht abgeschlossen", "abgebrochen", "sans diplôme",
      "not completed", "incomplete", "niet afgerond"};
  auto folded = fold_case(trim(piece));
  return kStatus.contains(folded) || names_present(folded) || (count_words(folded) == 1 && names_completion(plain_words(folded)));
}

bool dash_between(const std::vector<Item>& header, const std::string& first, const std::string& second);
const char* dash_printed_between(const std::vector<Item>& header, const std::string& first, const std::string& second);
bool specialty_before_em_dash(const std::vector<Item>& header, const std::string& title, const std::string& specialty);

}  // namespace

/// "Orange SA", "Siemens AG", "Zalando SE": a name closed by its legal form is a whole employer.
bool has_legal_form(std::string_view name) {
  static const std::set<std::string, std::less<>> kForms = {
      "inc", "corp", "llc", "llp", "ltd", "limited", "plc", "gmbh", "ag", "se", "sa", "sas", "sarl", "srl", "spa", "s.a",
      "s.p.a", "s.r.l", "s.l", "bv", "b.v", "nv", "n.v", "lda", "ltda", "kg", "e.v", "oy", "ab", "mbh", "ug", "eireli",
      "o.o", "asa", "aps", "oyj", "eg", "ggmbh",  // Poland's "Sp. z o.o.", the Nordic "ASA", "ApS", "Oyj", Germany's cooperative "eG"
      // Belgian, French, Swiss and Portuguese forms ("Bureau Collard SPRL", "Hospital de Santa Maria, EPE")
      "sprl", "sprlu", "scrl", "bvba", "cvba", "vzw", "asbl", "sasu", "eurl", "snc", "s.n.c", "sàrl", "sagl", "epe",
      "s.l.p", "slp", "s.l.u", "slu", "s.a.u", "s.a.s",  // Spain's professional and one-member companies
      "dac", "clg",  // Ireland's designated activity and guarantee companies
      "u.a",         // a Dutch cooperative ("Eemsveld Zuivel Coöperatie U.A.")
      "v.o.f", "vof", "b.v.b.a"};  // Dutch partnerships ("Timmerbedrijf De Polder V.O.F.")
  auto words = plain_words(name);
  // "Jugendhilfeverbund Leipzig-Ost e. V.", "Acme S. A.": a dotted form printed with a space inside it.
  bool spaced = words.size() >= 2 && words.back().size() == 1 && words[words.size() - 2].size() == 1 &&
                kForms.count(words[words.size() - 2] + "." + words.back()) > 0;
  // "Coöperatie U.A." in capitals; German "u. a." is "among others".
  if (!words.empty() && words.back() == "u.a" && !name.ends_with("U.A.") && !name.ends_with("U.A")) return false;
  // "High-Speed DAC" is a converter: Ireland's forms close a name of three words or more ("Harcourt Payments Europe DAC").
  if (!words.empty() && (words.back() == "dac" || words.back() == "clg") && words.size() < 3) return false;
  return !words.empty() && (kForms.count(words.back()) > 0 || spaced);
}

namespace {

/// "Inc.", "Co. Ltd", "S.p.A.": a legal form with no name of its own ("Acme Cloud, Inc.", "Samsung Electronics, Co. Ltd").
bool names_legal_form_only(std::string_view text) {
  auto words = plain_words(text);
  return words.empty() || words.size() == 1 || words.front() == "co" || opens_with_legal_form(text);
}

/// "… Elektro Pichlbauer" / "GmbH & Co KG, Traun": a line opening with a legal form that names no firm on its
/// own goes on with the employer's name above ("SA Health", "AG Barr" open with letters that are also forms).
bool opens_with_legal_form(std::string_view text) {
  static const std::set<std::string, std::less<>> kForms = {"gmbh", "ltd", "llc", "inc", "plc", "s.a", "s.p.a", "s.r.l",
                                                            "b.v", "n.v", "ltda", "lda", "kg", "corp"};
  // "SA, Aigle.": forms that are words too ("SAS Programmer", "Spa Manager") only in capitals, closing the name.
  static const std::set<std::string, std::less<>> kShortForms = {"sa", "ag", "sarl", "sàrl", "sas", "srl", "spa", "bv", "nv"};
  auto words = plain_words(text);
  if (words.empty()) return false;
  if (kForms.count(words.front())) return true;
  text = trim(text);
  auto first = text.substr(0, text.find_first_of(" ,."));
  auto after = trim(text.substr(first.size()));
  bool capitals = std::none_of(first.begin(), first.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  return kShortForms.count(words.front()) && capitals && (after.empty() || after.front() == ',' || after.front() == '.');
}

/// "Financial Reporting", "Audit & Assurance", "Sales and Marketing": a function, every word naming one; not a firm
/// named with such a word ("Deloitte Consulting").
bool names_function_only(std::string_view text) {
  static const std::set<std::string, std::less<>> kFunctionWords = {
      "financial", "reporting", "accounting", "assurance", "controlling", "planning", "advisory", "corporate", "business",
      "media", "public", "investor", "relations", "communications", "affairs", "regulatory", "government", "capital", "projects",
      "and", "&", "und", "et", "y", "e", "en", "of"};
  auto words = plain_words(text);
  return !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& word) {
    return kFunctionWords.count(word) > 0 || names_department(word);
  });
}

/// "Undergraduate Research Assistant, Department of Earth Sciences" over "Mount Rundle University", "Studentische
/// Hilfskraft, Lehrstuhl für Arbeitsrecht" over "(Prof. Dr. M. Kessler), Universität Regensburg": the university's
/// unit named after the title belongs to the employer's name.
void move_unit_to_employer(WorkEntry& entry) {
  auto comma = entry.position.find(", ");
  if (comma == std::string::npos || entry.company.empty() || inside_brackets(entry.position, comma)) return;
  auto title = entry.position.substr(0, comma), unit = entry.position.substr(comma + 2);
  // "(Prof. Dr. M. Kessler), Universität Regensburg": the unit's aside opens the employer's line.
  bool aside = entry.company.starts_with("(") && entry.company.find(')') != std::string::npos;
  auto employer = trim(std::string_view(entry.company).substr(aside ? entry.company.find(')') + 1 : 0));
  if (employer.starts_with(",")) employer = trim(employer.substr(1));
  // Not "Université du Léman, Faculté de droit" printed whole on its own line: the employer named with its own unit.
  // An unknown title too ("Postdoktorandin, Abteilung Waldwachstum"), if it names no body itself.
  bool role = title_score(title) > 0 || (count_words(title) <= 3 && organisation_score(title) + institution_score(title) == 0);
  if (!role || !opens_with_unit(unit) || organisation_score(employer) + institution_score(employer) == 0 ||
      unit.find(", ") != std::string::npos || employer.find(", ") != std::string_view::npos)
    return;
  entry.company = unit + (aside ? " " : ", ") + entry.company;
  entry.position = title;
}

/// "Lehrling Elektrotechnik – Anlagen- und Betriebstechnik, Elektro Pichlbauer GmbH & Co KG", "Manager –
/// Financial Reporting, Deccan Polymers Ltd.", "Assistant Manager – Audit & Assurance, Raghavan Iyer & Associates":
/// after the title's dash a specialty or unit naming no firm, then the employer.
void move_specialty_to_title(WorkEntry& entry) {
  auto comma = entry.company.rfind(", ");
  if (comma == std::string::npos || inside_brackets(entry.company, comma) || entry.position.empty()) return;
  auto head = entry.company.substr(0, comma), tail = entry.company.substr(comma + 2);
  if (title_score(head) > 0 || has_open_comma(head) || count_words(head) > 5 || institution_score(head) > 0) return;
  // Not "Farfetch Portugal, Unipessoal Lda.": a form of words alone after the comma closes the name before it.
  bool firm_tail = has_legal_form(tail) && !names_legal_form_only(tail) && !bare_legal_form(tail);
  bool function = names_function_only(head);  // may hold a word firms use ("Financial")
  // A unit before a partnership's name: "Audit & Assurance, Raghavan Iyer & Associates".
  bool partnership = tail.find(" & ") != std::string::npos && organisation_score(tail) > 0;
  // A lone name is the firm's first ("Pistrelli, Henry Martin y Asociados S.R.L."), no unit; a function's initials
  // are one ("Officer – QC, Saurashtra Drugs & Intermediates Ltd.").
  static const std::set<std::string, std::less<>> kFunctions{"QC", "QA", "QA/QC", "QHSE", "HSE", "EHS", "HR", "IT", "R&D",
                                                             "MIS", "SCM", "PMO", "F&A", "FP&A", "RA"};
  bool unit = function || (organisation_score(head) == 0 && count_words(head) >= 2) || kFunctions.count(head) > 0;
  if ((firm_tail && unit) || (function && partnership)) {
    entry.position += " – " + head;
    entry.company = tail;
  }
}

/// "### Working Student, Web Development — Pixelhafen Digitalagentur": the title's field after its comma, then the
/// employer after the dash; the field names no firm.
void move_field_before_dash_to_title(WorkEntry& entry) {
  // Only an em dash, as Markdown role headings part role and employer (any format); an en dash joins a firm and its unit.
  auto at = entry.company.find(" — ");
  if (entry.position.empty() || title_score(entry.position) == 0 || at == std::string::npos) return;
  auto head = entry.company.substr(0, at), tail = entry.company.substr(at + std::strlen(" — "));
  // "Web Development" names a field; one word ("Siemens — Digital Industries") is the firm before its unit.
  if (count_words(head) < 2 || count_words(head) > 3 || organisation_score(head) + institution_score(head) + title_score(head) > 0 || has_legal_form(head) ||
      is_location(head) || (organisation_score(tail) == 0 && !named_like_organisation(tail) && !has_legal_form(tail)))
    return;
  entry.position += ", " + head;
  entry.company = tail;
}

/// "CHUS, Hôpital Fleurimont, Sherbrooke" after an employer's dash: a unit of it, then its town.
bool unit_then_town(std::string_view tail) {
  auto comma = tail.rfind(", ");
  if (comma == std::string_view::npos) return false;
  auto unit = trim(tail.substr(0, comma));
  auto town = trim(tail.substr(comma + 2));
  // Named by employer words: not a district or a store's site ("Starbucks – Covent Garden, London").
  bool names_unit = institution_score(unit) + organisation_score(unit) > 0;
  return (is_location(town) || is_place_name(town)) && names_unit && !find_date(unit) && title_score(unit) == 0;
}

/// "Stage de fin d’études – Gestion des flux (6 mois), Décathlon Logistique, Lompret": the role, its speciality
/// after the dash, then the employer after a comma.
bool role_dash_speciality_then_employer(const std::string& text, const std::vector<std::string>& pieces) {
  if (pieces.size() != 2 || !dash_between({Item{0, text}}, pieces[0], pieces[1])) return false;
  bool role = names_kind_of_post(pieces[0]);
  auto comma = pieces[1].find(", ");
  if (!role || comma == std::string::npos || inside_brackets(pieces[1], comma)) return false;
  auto speciality = pieces[1].substr(0, comma);
  auto employer = pieces[1].substr(comma + 2, pieces[1].find(", ", comma + 2) - comma - 2);
  // Not "Manager – Hemming Morse, LLP": a name set like a firm's before a bare legal form is the employer itself.
  return organisation_score(speciality) + institution_score(speciality) == 0 && title_score(speciality) == 0 &&
         !is_location(speciality) && !named_like_organisation(speciality) && !names_legal_form_only(employer) &&
         (organisation_score(employer) > 0 || named_like_organisation(employer)) && !is_location(employer);
}

/// "Department Supervisor", "Assistant Store Manager": a title closed by its head word, whatever employer words it holds.
bool ends_on_title_word(std::string_view part) {
  auto words = plain_words(part);
  return words.size() >= 2 && title_score(words.back()) > 0 && organisation_score(words.back()) + institution_score(words.back()) == 0;
}

/// "Lusofarma – Distribuição Farmacêutica, Lda." over "Técnica de Trade Marketing", or "Gestora de Categoria –
/// Mercearia Salgada" under "Grupo Atlântico Retalho, S.A.": on a line of its own the employer's name or the
/// title with its unit keeps its dash, when another line names the other. Not "BREMBO S.p.A. – Curno (BG)".
/// "City of Prince Albert – Roads and Parks", "Residenza Il Pineto – RSA" under the title's own line: after an
/// employer's dash, a unit named by a unit's word ("Sezione Civile", "Eumungerie Brigade") or by initials; no town
/// ("Marinha Grande", "Elche (Alicante)"), date, contract, working time or labelled client.
bool names_plain_unit(std::string_view employer, std::string_view tail) {
  static const std::set<std::string, std::less<>> kUnitWords = {
      "division", "divisão", "división", "divisione", "section", "sezione", "sección", "secção", "seção", "service",
      "services", "servicio", "serviço", "servizio", "ufficio", "office", "bureau", "oficina", "dienst", "abteilung",
      "afdeling", "unit", "unité", "unidad", "unidade", "unità", "brigade", "branch", "filiale", "franquia", "franchise",
      "mine", "plant", "campus", "ward", "parks", "works", "department", "departamento", "dipartimento", "département"};
  if (count_words(tail) > 5 || find_date(tail) || names_work_mode(tail) || is_employment_kind(tail) ||
      names_working_time(tail) || tail.find(':') != std::string_view::npos || starts_lower(tail))
    return false;
  // Not a university's department, which the employer's name leaves out, nor a unit after the employer's town
  // ("Diakonie-Krankenhaus Alstertal, Hamburg – Kardiologie").
  if (institution_score(employer) > 0 && (opens_with_unit(tail) || opens_with_unit_word(tail))) return false;
  if (auto comma = employer.rfind(", "); comma != std::string_view::npos) {
    auto last = employer.substr(comma + 2);
    if (!has_legal_form(last) && (is_location(last) || is_place_name(last))) return false;
  }
  auto words = plain_words(tail);
  // Initials of three letters or more: "SP" after a Brazilian firm is its state.
  bool initials = words.size() == 1 && tail.size() >= 3 && tail.size() <= 5 && is_all_caps(tail) && !is_all_caps(employer) &&
                  country_code(tail).empty() && region_country(tail).empty() && !is_location(tail);  // not "KSA", "NSW"
  return initials || organisation_score(tail) + institution_score(tail) > 0 ||
         std::any_of(words.begin(), words.end(), [](const std::string& word) { return kUnitWords.count(word) > 0; });
}

bool line_keeps_dash(const std::vector<Item>& header, size_t h, const std::string& text) {
  if (header.size() < 2 || degree_length(text) > 0) return false;
  auto pieces = split_parts(text, false);
  // "Tirocinio curriculare – Analisi dati   Modena", "MetalAveiro – Estruturas Metálicas, Lda. — Ílhavo": the town
  // set apart after the pair.
  if (pieces.size() == 3 && (is_location(pieces[2]) || is_place_name(pieces[2], 2) || town_with_province(pieces[2]))) pieces.pop_back();
  if (pieces.size() != 2 || !dash_between({Item{header[h].line, text}}, pieces[0], pieces[1])) return false;
  const auto& tail = pieces[1];
  bool title_elsewhere = std::any_of(header.begin(), header.end(), [&](const Item& item) {
    return &item != &header[h] && title_score(item.text) > 0 && degree_length(item.text) == 0;
  });
  // "CIUSSS de l’Estrie – CHUS, Hôpital Fleurimont, Sherbrooke" under its title: the dash joins employer and unit.
  // The employer named by its words or opening on initials ("CHU de Québec"); not "Warehouse Operative".
  auto opening = pieces[0].substr(0, pieces[0].find(' '));
  // A line all in capitals ("MAÎTRE D’HÔTEL — RESTAURANT …") says nothing of initials.
  bool initials = opening.size() >= 2 && is_all_caps(opening) && !is_all_caps(text) && named_like_organisation(pieces[0]);
  bool employer_first = initials || organisation_score(pieces[0]) + institution_score(pieces[0]) > 0;
  if ((title_elsewhere || employer_first) && title_score(text) == 0 && unit_then_town(tail)) return true;
  // "CISSS de Laval – Hôpital de la Cité-de-la-Santé | Laval": the unit named by its own employer words.
  // Not "Deloitte Consulting – Client: Bank of America": a labelled client is no unit.
  if (title_elsewhere && employer_first && title_score(text) == 0 && organisation_score(tail) + institution_score(tail) > 0 &&
      !is_location(tail) && tail.find(':') == std::string::npos)
    return true;
  // "Engineer – Neuss": one unknown capitalised word is the town, unless another line of the header gives the place
  // ("Pitt & George Department Store   Sydney CBD, NSW" over "Department Supervisor – Womenswear").
  auto place_elsewhere = [&] {
    return std::any_of(header.begin(), header.end(), [&](const Item& item) {
      if (&item == &header[h]) return false;
      auto parts = split_parts(item.text);
      return std::any_of(parts.begin(), parts.end(), [](const std::string& part) { return is_location(part); });
    });
  };
  bool unknown_town = count_words(tail) == 1 && is_place_name(tail) && (!city_country(tail).empty() || !place_elsewhere());
  if (is_location(tail) || town_with_province(tail)) return false;
  if (is_location(pieces[0]) || !city_country(pieces[0]).empty() || names_work_mode(pieces[0])) return false;  // "Munich – Siemens AG"
  // "City of Prince Albert – Roads and Parks" under its title: a name set like a firm's, then its unit.
  bool named_employer = employer_first || named_like_organisation(pieces[0]);
  if (title_elsewhere && named_employer && title_score(text) == 0 && names_plain_unit(pieces[0], tail)) return true;
  if (unknown_town) return false;
  bool other_employer = false, other_title = false;
  for (size_t k = 0; k < header.size(); ++k) {
    if (k == h) continue;
    // "Tirocinio curriculare – Analisi dati" over "Consorzio Agrario Padano": a name set like a firm's.
    const auto& other = header[k].text;
    auto other_parts = split_parts(other);  // "Jugendhilfeverbund Leipzig-Ost e. V.   Leipzig": a legal form names a firm
    other_employer = other_employer || employer_words(other) > 0 ||
                     (named_like_organisation(other) && title_score(other) == 0 && !find_date(other) && !is_location(other) &&
                      !town_with_province(other)) ||  // "Bourges (18)": a town with its département, under the line
                     std::any_of(other_parts.begin(), other_parts.end(), [](const std::string& part) { return has_legal_form(part); });
    other_title = other_title || (title_score(header[k].text) > 0 && employer_words(header[k].text) == 0 && degree_length(header[k].text) == 0);
  }
  // "BHP — Newman, WA   Jun 2021 – Present" over "Senior Mining Engineer – Short Term Planning": the employer's
  // own line above the title's makes the title's dash suffix its specialty.
  bool employer_above = std::any_of(header.begin(), header.begin() + static_cast<std::ptrdiff_t>(h), [&](const Item& item) {
    auto above = split_parts(item.text);
    if (above.empty()) return false;
    auto first = above.front();
    if (place_opens_with_name(first)) first.erase(first.find(", "));  // "Swiggy, Bengaluru": the employer and its town
    return !find_date(first) && title_score(first) == 0 && !is_location(first) && degree_length(first) == 0 &&
           (employer_words(first) > 0 || named_like_organisation(first) || one_word_brand(first, true) || is_all_caps(first));
  });
  // There the suffix may name the unit like a firm ("Data Analyst II – Instamart Analytics"), short of a legal form;
  // with another line naming the employer, a function in firm-like words ("Manager – Financial Reporting") too.
  // "Tirocinio curriculare – Analisi dati", "Stage de fin d’études – Gestion des flux": a kind of post names the role.
  bool role = title_score(pieces[0]) > 0 || names_kind_of_post(pieces[0]);
  bool titled = role && degree_length(text) == 0 &&
                (((employer_words(text) == 0 || names_function_only(tail)) && other_employer) ||
                 (employer_above && !has_legal_form(tail) && institution_score(tail) == 0 &&
                  (employer_words(pieces[0]) == 0 ||
                   // "Department Supervisor – Womenswear"; not "Store Manager – Tesco Extra Leeds" nor "… – Acme Bank"
                   (ends_on_title_word(pieces[0]) && count_words(tail) <= 2 && organisation_score(tail) == 0))));
  // The legal form closes the whole name: "Brightwave Labs – Data Infrastructure" names a unit after it.
  // "Norteplast – Injeção Técnica, S.A.": a title's word inside the name its legal form closes is the firm's.
  bool untitled = title_score(text) == 0 || (has_legal_form(tail) && title_score(pieces[0]) == 0);
  bool employer = employer_words(pieces[0]) == 0 && employer_words(tail) > 0 && untitled && other_title;
  return titled || employer;
}


/// "MetalAveiro – Estruturas Metálicas, Lda. — Ílhavo": the employer keeps its dash, the town after it parts.
void split_off_kept_town(size_t line, const std::string& text, std::vector<std::string>& line_parts) {
  auto pieces = split_parts(text, false);
  if (pieces.size() != 3 || !(is_location(pieces[2]) || is_place_name(pieces[2], 2))) return;
  const char* dash = dash_printed_between({Item{line, text}}, pieces[0], pieces[1]);
  if (dash && dash_printed_between({Item{line, text}}, pieces[1], pieces[2])) line_parts = {pieces[0] + dash + pieces[1], pieces[2]};
}

/// A line of the header besides line `h` that holds words beside its dates.
bool other_line_has_words(const std::vector<Item>& header, size_t h) {
  for (size_t k = 0; k < header.size(); ++k) {
    if (k == h) continue;
    auto text = header[k].text;
    if (auto date = find_date(text)) text = remove_span(text, date->begin, date->finish);
    if (!plain_words(text).empty()) return true;
  }
  return false;
}

/// "CRITICAL BITS – SOFTWARE, LDA. | Programadora Júnior": a name's second half after its dash, closed by the
/// legal form, is no part of its own; not "Manager – Hemming Morse, LLP", a title before the firm.
/// `role_elsewhere`: another part or line can name the role. Where none can, only a legal form after a comma of its
/// own continues the name ("… – SOFTWARE, LDA."); "Voorman Expeditie — Nedvers Logistics B.V., Apeldoorn" over its
/// dates is a title and its firm.
void join_legal_tail(size_t line, const std::string& text, std::vector<std::string>& line_parts, bool role_elsewhere) {
  for (size_t k = 0; k + 1 < line_parts.size(); ++k) {
    const auto& name = line_parts[k];
    const auto& tail = line_parts[k + 1];
    auto tail_name = tail.substr(0, tail.find(", "));
    // "Indústria Farmacêutica, S.A., Coimbra": the legal form closes one name before the town after it (not a
    // specialty and another firm: "Anlagen- und Betriebstechnik, Elektro Pichlbauer GmbH & Co KG, Traun").
    auto last_comma = tail.rfind(", ");
    auto named = last_comma == std::string::npos ? std::string() : tail.substr(0, last_comma);
    auto inner = named.rfind(", ");
    bool one_name = inner == std::string::npos || bare_legal_form(named.substr(inner + 2));
    bool legal = has_legal_form(tail) || (last_comma != std::string::npos && one_name && has_legal_form(named) &&
                                          is_place_name(tail.substr(last_comma + 2)));
    if (auto comma = tail.find(", "); !role_elsewhere && (comma == std::string::npos || !bare_legal_form(tail.substr(comma + 2)))) continue;
    if (!legal || has_legal_form(name) || title_score(name) + title_score(tail_name) > 0 ||
        count_words(tail_name) > 4 || is_location(name) || names_department(name) || field_words().count(fold_case(trim(name))))
      continue;
    if (is_location(tail)) continue;  // "Prairie Lube & Tire – Lloydminster, AB": Alberta, not an Aktiebolag
    const char* dash = dash_printed_between({Item{line, text}}, name, tail);
    if (!dash) continue;
    line_parts[k] = name + dash + tail;
    line_parts.erase(line_parts.begin() + static_cast<std::ptrdiff_t>(k) + 1);
  }
}

/// "Summer 2015, Summer 2016", "2019 and 2020": a role held in listed periods spans the first to the last.
void join_date_list(std::string_view text, DateMatch& date) {
  // "zomer 2022 en 2023": Dutch's "en", Portuguese's "e" and Italian's "e" join the years too.
  static const std::regex kJoin{R"(^\s*(?:,|&|and|und|et|y|e|en|ed)\s+)", std::regex::icase};
  if (date.range) return;
  const auto style = date.style;
  auto last = date.start;
  while (true) {  // "2018, 2019 and 2020": on to the last period
    auto rest = std::string(text.substr(date.finish));
    std::smatch join;
    if (!std::regex_search(rest, join, kJoin)) break;
    auto next = find_date(std::string_view(rest).substr(static_cast<size_t>(join.length(0))));
    bool same_kind = next && (next->style == style || (style == DateStyle::Season && next->style == DateStyle::YearOnly));
    if (!same_kind || next->range || next->begin != 0 || next->start.year < last.year) break;
    last = next->start;
    date.end = last;
    date.range = true;
    date.finish += static_cast<size_t>(join.length(0)) + next->finish;
  }
}

/// "Ingreso: 2011 - Egreso: 2017": a range whose ends are labelled, read as "2011 - 2017".
void unlabel_range(std::string& text) {
  static const std::regex kLabelledEnds{
      R"(\b(?:ingreso|inicio|in(?:í|i)cio|start|beginn|d(?:é|e)but)\s*:\s*([^:]+?)\s*[-–|,]\s*\b(?:egreso|fin|t(?:é|e)rmino|conclus(?:ã|a)o|end|ende)\s*:\s*)",
      std::regex::icase};
  if (text.find(':') != std::string::npos) text = std::regex_replace(text, kLabelledEnds, "$1 - ");
}

/// Drops part `k` with what is kept per part.
void erase_part(HeaderFields& fields, size_t k) {
  fields.parts.erase(fields.parts.begin() + static_cast<long>(k));
  if (k < fields.dated.size()) fields.dated.erase(fields.dated.begin() + static_cast<long>(k));
  if (k < fields.line_of.size()) fields.line_of.erase(fields.line_of.begin() + static_cast<long>(k));
}

/// "VC" over "Vinéa Connect SAS · Bordeaux": a logo's initials, printed as text in a square beside the entry, name
/// the employer another part names in full.
void drop_logo_initials(HeaderFields& fields) {
  static const std::regex kInitials{R"(^[A-Z]{1,4}$)"};
  auto alone_on_line = [&](size_t k) { return std::count(fields.line_of.begin(), fields.line_of.end(), fields.line_of[k]) == 1; };
  for (size_t k = 0; k < fields.parts.size();) {
    const auto& part = fields.parts[k];
    // Qapa's "LN   Logisnord Entrepôts": a square's letters opening the line, spelling the first word of the part after
    // them, whatever it names; not a degree's letters ("BA" over "Bath Spa University") nor a title's.
    bool first_on_line = k == 0 || fields.line_of[k - 1] != fields.line_of[k];
    // A business function's letters ("IT   Infrastructure Services") name the post's field: a logo only where they open
    // the name ("QA   Qatar Airways"); so do letters before a lone word ("KPN   Kampen" is the firm and its town).
    static const std::set<std::string, std::less<>> kFunctions = {"IT", "HR", "QA", "BI", "PR", "UX", "UI", "AI", "ML", "RH", "TI", "EDV"};
    const std::string& next = k + 1 < fields.parts.size() ? fields.parts[k + 1] : part;
    bool prefix_only = kFunctions.contains(part) || count_words(next) < 2;
    bool opens_next = first_on_line && k + 1 < fields.parts.size() && part.size() >= 2 && part.size() <= 4 &&
                      std::regex_match(part, kInitials) && degree_length(part) < part.size() && title_score(part) == 0 &&
                      title_score(next) == 0 &&
                      (prefix_only ? fold_case(strip_accents(next)).starts_with(fold_case(part))
                                   // "AQ   Agri Quercy": a square's two letters; not "IFSP – Instituto Federal de São Paulo",
                                   // the name's own short form
                                   : opens_first_word(part, next) ||
                                         // and only before a name set like a firm's ("DB   Digital Banking" is the employer's unit)
                                         (part.size() == 2 && capital_initials(next).starts_with(part) &&
                                          (organisation_score(next) > 0 || has_legal_form(next) || fields.location_line == fields.line_of[k]) &&
                                          !names_department(next)));  // or "FO   Fraîcheur Occitanie · Castelsarrasin"
    // On a line of its own: "DCG – Diplôme de Comptabilité et de Gestion" spells out its initials.
    bool logo = opens_next || (std::regex_match(part, kInitials) && alone_on_line(k) && std::any_of(fields.parts.begin(), fields.parts.end(), [&](const std::string& other) {
      // The employer's or school's part (a firm's words or legal form, a school's, no title): not "BP" over "Business
      // Process Analyst".
      if (&other == &part || title_score(other) > 0 || (organisation_score(other) + institution_score(other) == 0 && !has_legal_form(other)))
        return false;
      auto initials = capital_initials(other);
      // "VP" for "Laboratoires Vercors Pharma": a firm's main words; a school's ("IT" under "Indian Institute of
      // Technology" is the field) and a lone letter only from the first.
      bool firm = (organisation_score(other) > 0 || has_legal_form(other)) && institution_score(other) == 0;
      return part.size() == 1 || !firm ? initials.starts_with(part) : initials.find(part) != std::string::npos || opens_first_word(part, other);
    }));
    // A freelance platform's square ("BA") between the title's line and "Berry Aéro Composants · Bourges": letters alone
    // on their line, spelling the first part of the line below, with a title elsewhere (so not "BA" over "Bath Spa").
    if (!logo && alone_on_line(k) && k + 1 < fields.parts.size() && fields.line_of[k + 1] == fields.line_of[k] + 1 &&
        part.size() >= 2 && part.size() <= 4 && std::regex_match(part, kInitials) && title_score(part) == 0 &&
        title_score(next) == 0 && degree_length(next) == 0 && capital_initials(next).starts_with(part))
      logo = std::any_of(fields.parts.begin(), fields.parts.end(), [&](const std::string& other) { return &other != &part && title_score(other) > 0; });
    // "1", "2", "3" on a timeline's dots between the title and the employer: the entry's number, no name.
    // One figure after another part (not "42", a school named by its number).
    if (!logo && alone_on_line(k) && part.size() == 1 && std::isdigit(static_cast<unsigned char>(part[0])) && k > 0) logo = true;
    // "★" in a site's logo square where a firm has no picture: a glyph alone on its line, no letter in it.
    if (!logo && alone_on_line(k) && !has_letter(part) && part.find_first_of("0123456789") == std::string::npos && fields.parts.size() > 1)
      logo = true;
    // A title's letters ("VP") are a logo only where another part holds the title.
    if (logo && title_score(part) > 0)
      logo = std::any_of(fields.parts.begin(), fields.parts.end(), [&](const std::string& other) { return &other != &part && title_score(other) > 0; });
    if (logo) erase_part(fields, k);
    else ++k;
  }
}

/// "JORNADA COMPLETA   Seguimiento de KPI …", "3 MESES   Simulación …": the working day or the length of the job noted
/// in the date column under the dates, beside the entry's text; the note is no field, the text goes on alone.
void drop_date_column_note(std::string& text) {
  auto gap = text.find("   ");
  if (gap == std::string::npos || gap == 0) return;
  auto note = text.substr(0, gap);
  auto span = note;  // XING's "3 Jahre, 8 Monate": the duration pattern takes no comma
  std::replace(span.begin(), span.end(), ',', ' ');
  bool duration = std::any_of(note.begin(), note.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }) &&
                  std::regex_match(collapse_spaces(span), duration_pattern());
  if (!duration && !names_working_time(note)) return;
  text = std::string(trim(std::string_view(text).substr(gap)));
}

/// "1.1  03/2020 – oggi": a numbered CV's entry number before the dates that open the entry is no field of it;
/// `heading`: the entry's first line, where it may open on the title (DocBook's "1.1. Senior System Administrator —").
void drop_outline_number(std::string& text, bool heading) {
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text[0]))) return;  // asked of every line: the cheap test first
  static const std::regex kOutlineNumber{R"(^\d{1,2}(?:\.\d{1,2})+\.?\s+)"};
  std::smatch number;
  if (!std::regex_search(text, number, kOutlineNumber)) return;
  auto rest = std::string_view(text).substr(number.length(0));
  // Before a title the number closes on its own stop ("1.1. "), not "3.5 Jahre Projektleiter" nor "2.0 Upgrade", and
  // reads as no day and month ("15.03. Beginn …": a part over 12, or one with a leading zero).
  auto outline = std::string(trim(number.str(0)));
  bool day_month = std::stoi(outline) > 12 || outline.find(".0") != std::string::npos;
  heading = heading && outline.ends_with('.') && !day_month;
  // A capital, plain or Latin-1 ("Électricien"), not "2.5 Million" in a bullet nor "10.10 – 09.15" (MM.YY).
  bool capital = !rest.empty() && (std::isupper(static_cast<unsigned char>(rest[0])) ||
                                   (rest.size() > 1 && rest[0] == '\xC3' && static_cast<unsigned char>(rest[1]) < 0x9F));
  if (!starts_with_date(rest) && !(heading && capital)) return;
  // Not "15.03. 2019 – heute", a day and month of the date itself.
  if (auto date = find_date(text); date && date->begin == 0) return;
  text.erase(0, number.length(0));
}

/// "Borsista di ricerca, Fondazione Bruno Kessler (FBK), Povo (TN).": academic CVs close a header like a sentence;
/// the stop belongs to no field. Not an abbreviation's ("Acme Co.", "Corp.").
void drop_closing_full_stop(std::string& text) {
  while (!text.empty() && text.back() == ' ') text.pop_back();
  if (!text.ends_with('.') || text.ends_with("..")) return;
  auto space = text.find_last_of(" ,");
  auto word = std::string_view(text).substr(space == std::string::npos ? 0 : space + 1);
  word.remove_suffix(1);
  // A town closing a line of fields ("…, Lumetra Photonics S.r.l., Catania."), not "Warner Bros.", "Stanford Univ.".
  bool fields = std::count(text.begin(), text.end(), ',') >= 2;
  bool closes_word = word.size() >= 4 && std::islower(static_cast<unsigned char>(word.back())) && word.find('.') == std::string_view::npos &&
                     !has_legal_form(word) && organisation_score(word) == 0 && (fields || is_location(word));
  if (word.ends_with(')') || closes_word) text.pop_back();
}

/// cv4tw's rail note under the town, "CDI – 70 collaborateurs": the contract's kind and a remark after the dash, under
/// the entry's dated line; not "Freelance – Studio Durand" nor "Full-time – Remote", which name a firm or a place.
bool is_contract_note(const std::vector<Item>& header, size_t h, const std::string& text) {
  auto dash = text.find(" – ");
  if (h == 0 || dash == std::string::npos || dash > 12) return false;
  auto kind = trim(std::string_view(text).substr(0, dash));
  auto rest = trim(std::string_view(text).substr(dash + 5));
  // The contract's terms, not a kind of post ("Stage – assistante logistique" is a title).
  static const std::set<std::string, std::less<>> kContracts = {"cdi", "cdd", "intérim", "alternance", "full-time", "part-time"};
  if ((!kContracts.contains(fold_case(kind)) && !names_working_time(kind)) || rest.empty() ||
      !(starts_lower(rest) || std::isdigit(static_cast<unsigned char>(rest[0]))))
    return false;
  return std::any_of(header.begin(), header.begin() + static_cast<std::ptrdiff_t>(h), [](const Item& above) { return find_date(above.text).has_value(); });
}

/// "Total experience: 10 years in Quality Control": the career summed up above the first job, no field of it.
bool sums_up_experience(std::string_view text) {
  static const std::regex kTotal{R"(^\s*(?:total|overall)\s+(?:work\s+|professional\s+|industry\s+)?experience\s*[:\-–])",
                                 std::regex::icase};
  text = trim(text);  // asked of every header line: the first letter before the regex
  char first = text.empty() ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(text.front())));
  return (first == 't' || first == 'o') && std::regex_search(text.begin(), text.end(), kTotal, std::regex_constants::match_continuous);
}

bool names_contract_terms(std::string_view part);

/// "Administrateur Systèmes et Réseaux – CDI" over the employer's line: a title line that keeps its dashes (a
/// specialty after one) still loses the contract's terms after its last.
void drop_contract_suffix(std::string& text) {
  for (std::string_view dash : {" – ", " — ", " - "}) {
    auto at = text.rfind(dash);
    if (at != std::string::npos && names_contract_terms(text.substr(at + dash.size())) && title_score(text.substr(0, at)) > 0) {
      text.erase(at);
      return;
    }
  }
}

/// "CDI, 100 %", "Intérim", "Teilzeit · befristet": a line naming only the terms a post was held on.
bool names_only_contract(std::string_view text) {
  // (Not a kind of post, "Intern", "Praktikum": a title as often.)
  auto terms = [](const std::string& piece) { return names_contract_terms(piece) || names_working_time(piece); };
  bool any = false;
  for (size_t start = 0; start <= text.size();) {  // the comma's pieces, each parted at the header's separators
    size_t comma = std::min(text.find(',', start), text.size());
    auto pieces = split_parts(text.substr(start, comma - start));
    if (!std::all_of(pieces.begin(), pieces.end(), terms)) return false;
    any = any || !pieces.empty();
    start = comma + 1;
  }
  return any;
}

/// A part read from header line `h` so far names a title ("Summer Intern", before its specialty "Mechanical Maintenance").
bool titled_on_line(const HeaderFields& fields, size_t h) {
  for (size_t k = fields.parts.size(); k-- > 0 && fields.line_of[k] == h;)
    if (title_score(fields.parts[k]) > 0) return true;
  return false;
}

HeaderFields read_header(const std::vector<Item>& header, bool keep_dashes = false) {
  HeaderFields fields;
  std::string work_mode;  // "Remote" read beside the title, the place when no town is printed
  size_t work_mode_line = std::string::npos;
  for (size_t h = 0; h < header.size(); ++h) {
    const auto& item = header[h];
    std::string text = item.text;
    if (h == 0) drop_outline_number(text, true);
    if (is_contract_note(header, h, text) || sums_up_experience(text)) continue;
    bool dated = false;
    // "4 anos 4 meses" under a LinkedIn employer: the time spent there in all, no field of the entry.
    if (std::regex_match(std::string(trim(text)), duration_pattern())) continue;
    if (auto period = period_value(text)) text = *period;  // "Period: 2004 – 2005": the label is no employer
    if (auto company = company_value(text)) text = *company;  // Apec's "Entreprise   Aérostructures du Midi SAS – …"
    unlabel_range(text);
    drop_work_mode_after_place(text);
    drop_employer_description(header, h, text);
    take_bracketed_place(text, fields);
    take_town_with_country(text, fields);
    take_town_and_state(text, fields, h);
    if (auto date = find_date(text)) {
      join_date_list(text, *date);
      if (!fields.date) fields.date = date;
      text = remove_span(text, date->begin, date->finish);
      static const std::regex emptied{R"(\(\s*\))"};  // "Pune (Jan 2025 – Jun 2025)" without its dates
      text = std::regex_replace(text, emptied, "   ");
      dated = true;
      bool spaced_comma = text.find(" , ") != std::string::npos;
      text = drop_durations(text);  // "(2 years 3 months)" after the dates
      static const std::regex kBeforeComma{R"(\s+,)"};  // "… des flux (6 mois), Décathlon": no " , " separator made
      if (!spaced_comma) text = std::regex_replace(text, kBeforeComma, ",");
      drop_trailing_separator(text);  // "Jan 2020 –" wrapped before its end
      // "juli 2016 - aug. 2017 (vakantiejob)" over the title: the kind of job in brackets on a line of dates is a note.
      static const std::regex kBracketOnly{R"(^\s*\(([^()]+)\)\s*$)"};
      std::smatch kind;
      if (header.size() > 1 && std::regex_match(text, kind, kBracketOnly) &&
          (is_employment_kind(kind.str(1)) || names_working_time(kind.str(1))))
        text.clear();
      // "mars 2015 - janv. 2022 · 6 ans 11 mois · CDI": the contract closing a line of dates is no title either.
      auto rest = std::string(trim(text));
      for (std::string_view mark : {"·", "|", "•", ","}) {
        if (rest.starts_with(mark)) rest = std::string(trim(std::string_view(rest).substr(mark.size())));
        if (rest.ends_with(mark)) rest = std::string(trim(std::string_view(rest).substr(0, rest.size() - mark.size())));
      }
      if (header.size() > 1 && !rest.empty() && text.find(rest) > date->begin && (is_employment_kind(rest) || names_working_time(rest)))
        text.clear();
      // "Jan 2019 - Jun 2019 · 6 mos · Bengaluru · Internship": the town stays, the kind of post closing it goes.
      if (auto dot = text.rfind(" · "); header.size() > 1 && dot != std::string::npos && dot > date->begin) {
        auto kind = trim(std::string_view(text).substr(dot + std::strlen(" · ")));
        if (is_employment_kind(kind) || names_working_time(kind)) text.erase(dot);
      }
    }
    drop_closing_full_stop(text);
    drop_contract_suffix(text);
    // "CDI, 100 %", "Intérim" under the dates in a card's date cell: the contract's terms alone on their line.
    if (!dated && header.size() > 1 && names_only_contract(text)) continue;
    bool first_part = true;
    bool kept = !keep_dashes && line_keeps_dash(header, h, text);
    auto line_parts = split_parts(text, keep_dashes || kept);
    if (kept) split_off_kept_town(header[h].line, text, line_parts);
    join_legal_tail(header[h].line, text, line_parts, line_parts.size() > 2 || other_line_has_words(header, h));
    if (!keep_dashes && role_dash_speciality_then_employer(text, line_parts)) {
      auto comma = line_parts[1].find(", ");
      line_parts = {line_parts[0] + " – " + line_parts[1].substr(0, comma), line_parts[1].substr(comma + 2)};
    }
    for (auto& part : line_parts) {
      // Leftover connectors around a removed date: "(", "from".
      auto words = plain_words(part);
      if (words.empty()) continue;
      bool after_first = !std::exchange(first_part, false);
      // "Gestionnaire de paie confirmée   CDI": the contract's chip set apart after the title names no field.
      // (After an employer it stays, and says the line is the employer's: "Google   Part-time".)
      // ("CDD puis intérim": one kind, then another.)
      // "Summer Intern – Mechanical Maintenance   Internship   ✔ Verified": a portal's check that the post was real.
      if (after_first && names_verified_badge(part) && text.find("   " + part) != std::string::npos) continue;
      // (Or its work mode: "Design Intern   Internship · Remote".)
      bool badges_after = std::all_of(&part + 1, line_parts.data() + line_parts.size(), [](const std::string& later) {
        return names_verified_badge(later) || names_work_mode(later);
      });
      if (after_first && (is_employment_kind(part) || (names_nursing_post(part) && names_nursing_title(text)) || names_current_badge(part) ||
                          names_finished_badge(part)) &&
          count_words(part) <= 4 && text.find("   " + part) != std::string::npos && badges_after && titled_on_line(fields, h))
        continue;
      // "Vidéotron — Rimouski (Québec)": after an employer; not "Senior Engineer | Desjardins (Québec)".
      bool after_employer = !fields.parts.empty() && fields.line_of.back() == h && title_score(fields.parts.back()) == 0 &&
                            !is_employment_kind(fields.parts.back());
      // The employer's website under the last job's bullets; not "bol.com · Utrecht", a brand named by its domain.
      if (is_link_only(part) && (line_parts.size() == 1 || !names_brand_domain(part))) continue;
      if (fields.date && dated && words.size() == 1 && is_from_word(words.front())) continue;  // "DA marzo 2019 a oggi"
      if (fields.date && dated && names_completion(words)) continue;  // "concluído em 2009", "completed in 2019"
      // "sept. 2021 –" / "aujourd’hui": a date range wrapped in a narrow date column.
      if (words.size() <= 2 && fields.date && !fields.date->range && names_present(part)) {
        fields.date->range = true;
        fields.date->end.present = true;
        continue;
      }
      // "BREMBO S.p.A. – Curno (BG)": a town with its province after the employer; "Kempen Precisie Systemen B.V. —
      // Veldhoven" on a line without dates: a name closing the line after a legal form is where the employer is.
      bool town_after_legal_form = after_employer && !dated && &part == &line_parts.back() && has_legal_form(fields.parts.back()) &&
                                   count_words(part) <= 2 && is_place_name(part) && !names_department(part) &&
                                   !field_words().count(fold_case(part)) && !names_technology(part) &&
                                   !is_employment_kind(part) && !names_working_time(part) &&  // "Acme Corp · Full-time"
                                   title_score(part) + organisation_score(part) + institution_score(part) == 0;
      // "MAR 2016 – AUG 2017 · NIEUWEGEIN" over the title and the employer's lines: a place in the capitals of the
      // dates that open the entry, though no list knows the town (a title beside its dates is printed as the rest).
      // The lines below name both the title and the employer ("SPOTIFY" over "Data Engineer" / "Stockholm" is the firm).
      auto names_below = [&](auto&& test) {
        return std::any_of(header.begin() + 1, header.end(), [&](const Item& other) { return test(other.text); });
      };
      bool town_beside_dates = dated && h == 0 && line_parts.size() == 1 && header.size() >= 3 && starts_with_date(item.text) &&
                               is_upper_case_text(part) && !is_upper_case_text(header[1].text) && degree_length(part) == 0 &&
                               count_words(part) <= 2 && is_place_name(part) && !names_department(part) && !names_technology(part) &&
                               !is_employment_kind(part) && title_score(part) + organisation_score(part) + institution_score(part) == 0 &&
                               names_below([](const std::string& t) { return title_score(t) > 0; }) &&
                               names_below([](const std::string& t) { return organisation_score(t) > 0 || has_legal_form(t); });
      // A date rail's "04/2020 – heute" over "Neckarsulm", beside "Kolb Verpackungstechnik GmbH": the town under the
      // dates, before the employer its legal form names, though no list knows it.
      // cv4tw's rail: "mars 2019 – aujourd'hui   Responsable d'exploitation, LMS" over "Ennery (57)": a town with its
      // département's code alone under the dated line.
      // The dated line names the title and the employer already ("…, LMS"); "Carrefour Market (59)" alone under a
      // title is the employer.
      // Or "sept. 2019 – aujourd'hui" alone over "Boulazac (24)", the title and the employer on two lines below.
      // The employer's line names a firm ("Arcavia Logistics – Plateforme …"), not "Rayon frais" under "Leclerc (24)".
      bool title_and_more_below = h + 2 < header.size() && title_score(header[h + 1].text) > 0 &&
                                  (organisation_score(header[h + 2].text) > 0 || has_legal_form(header[h + 2].text) ||
                                   header[h + 2].text.find(" – ") != std::string::npos);
      bool coded_town_under_dates = !dated && h > 0 && line_parts.size() == 1 && starts_with_date(header[h - 1].text) &&
                                    (header[h - 1].text.find(", ") != std::string::npos ||
                                     (is_date_only(header[h - 1].text) && title_and_more_below)) &&
                                    is_town_with_area(part) && town_with_province(part, true) && organisation_score(part) == 0 &&
                                    !has_legal_form(part);
      bool town_under_dates = coded_town_under_dates || (!dated && h > 0 && line_parts.size() == 2 && &part == &line_parts.front() &&
                              has_legal_form(line_parts.back()) && starts_with_date(header[h - 1].text) && count_words(part) <= 2 &&
                              is_place_name(part) && !names_department(part) && !field_words().count(fold_case(part)) &&
                              !names_technology(part) && title_score(part) + organisation_score(part) + institution_score(part) == 0 &&
                              !has_legal_form(part));
      // "Design Intern   Internship · Remote" over "Vyom Mobility Pvt. Ltd. · Bengaluru": a chip's way of working is
      // the place only if no town is printed.
      if (names_work_mode(part) && work_mode.empty() && fields.location.empty() && header.size() > 1) {
        work_mode = part;
        work_mode_line = h;
        continue;
      }
      if (fields.location.empty() &&
          (is_location(part) || town_beside_dates || town_under_dates ||
           (after_first && (town_with_province(part, after_employer) || town_after_legal_form)))) {
        fields.location = part;
        fields.location_line = h;
        continue;
      }
      part = drop_rating_stars(strip_brackets(drop_link_label(part)));
      // A date rail's "depuis" over "sept. 2019": the word opening the date, set on the line above it.
      if (part.empty() || (is_from_word(fold_case(part)) && h + 1 < header.size() && starts_with_date(header[h + 1].text))) continue;
      fields.parts.push_back(part);
      fields.dated.push_back(dated);
      fields.line_of.push_back(h);
    }
  }
  if (fields.location.empty() && !work_mode.empty()) {
    fields.location = work_mode;
    fields.location_line = work_mode_line;
  }
  drop_logo_initials(fields);
  return fields;
}

}  // namespace

/// Where the text of a line ends, leaving out a part set apart wholly past `text_edge` (Tufte's margin notes:
/// "Bióloga consultora" then "jan. 2014 – fev. 2015" in the margin).
double text_end(const Line& line, double text_edge) {
  double end = line.location.box->x1;
  for (size_t k = line.runs.size(); k-- > 1;) {
    const auto& run = line.runs[k];
    const auto& before = line.runs[k - 1];
    if (!run.location.box || !before.location.box) break;
    if (run.location.box->x0 < text_edge) break;
    if (run.location.box->x0 - before.location.box->x1 > run.size) end = before.location.box->x1;
  }
  return end;
}

/// Measured without notes set in a margin beside the text: lines that start right of the column's middle (a
/// footnote beside the text) or parts of lines set apart past the text's edge (the jobs' dates).
std::map<int, double> page_right_edges(const Document& document, const std::vector<std::string>& texts) {
  const auto& lines = document.lines;
  auto edges = column_right_edges(lines, 0, lines.size());
  std::map<int, double> starts, text_edges;
  for (const auto& line : lines)
    if (line.location.box) {
      double& start = starts.try_emplace(line.column, 1e9).first->second;
      start = std::min(start, line.location.box->x0);
    }
  std::vector<size_t> in_text;  // body lines starting left of their column's middle
  for (size_t i = 0; i < lines.size(); ++i)
    if (lines[i].location.box && lines[i].zone == Zone::Body &&
        lines[i].location.box->x0 < (starts[lines[i].column] + edges[lines[i].column]) / 2)
      in_text.push_back(i);
  // First the lines with no column gap, then the others without a part set apart past that edge.
  for (size_t i : in_text)
    if (texts[i].find("   ") == std::string::npos) {
      double& edge = text_edges[lines[i].column];
      edge = std::max(edge, lines[i].location.box->x1);
    }
  for (size_t i : in_text)
    if (auto found = text_edges.find(lines[i].column); found != text_edges.end())
      found->second = std::max(found->second, text_end(lines[i], found->second));
  for (auto& [column, edge] : edges)
    if (auto text = text_edges.find(column); text != text_edges.end()) edge = text->second;
  return edges;
}

void assign_dates(const std::optional<DateMatch>& date, PartialDate& start, PartialDate& end, bool single_is_end) {
  if (!date) return;
  if (date->range) {
    start = date->start;
    end = date->end;
  } else if (single_is_end) {
    end = date->start;
  } else {
    start = date->start;
  }
}

namespace {

struct ReadWork {
  WorkEntry entry;
  std::optional<size_t> dateless_company_line;  ///< the header line the employer stood alone on, if any
  size_t first_dated_line = 0;
  bool company_from_dateless_line() const { return dateless_company_line.has_value(); }
  /// That line stands above the dates: a banner read with its first role.
  bool company_above_dates() const { return dateless_company_line && *dateless_company_line < first_dated_line; }
};

/// Fields of work named as departments in the seven languages ("Recherche et Développement", "Finanzas",
/// "Backend", "Pediatrics").
const std::set<std::string, std::less<>>& field_words() {
  static const std::set<std::string, std::less<>> kFields = {
      "recherche", "développement", "gestion", "contrôle", "finances", "finanzas", "ventes", "achats", "comptabilité",
      "ressources", "logistique", "qualité", "informatique", "juridique", "communication", "forschung", "entwicklung",
      "recursos", "ventas", "compras", "contabilidad", "calidad", "desarrollo", "investigación", "vendas", "qualidade",
      "desenvolvimento", "pesquisa", "vendite", "acquisti", "ricerca", "sviluppo", "qualità", "onderzoek", "ontwikkeling",
      "research", "development", "operations", "sales", "marketing", "finance", "engineering", "quality",
      // and the units and specialties written after a title the same way ("Senior Engineer, Backend")
      "backend", "frontend", "platform", "infrastructure", "mobile", "web", "cloud", "devops", "growth", "ux", "ui",
      "qa", "inbound", "outbound", "structures", "logistics", "communications", "editorial", "retail", "wholesale",
      "assurance", "advisory", "enterprise", "search", "mathematics", "physics", "chemistry", "biology", "english",
      "history", "science", "sciences", "pediatrics", "paediatrics", "oncology", "cardiology", "surgery", "emergency",
      "icu", "nicu", "picu", "ccu", "pacu", "neurology", "medical", "surgical", "medical-surgical", "med-surg", "telemetry",
      "perioperative", "ambulatory", "rehabilitation", "dialysis", "postpartum", "neonatal", "obstetrics", "urology", "nephrology", "radiology", "orthopedics", "psychiatry", "maternity", "accounting", "payroll", "recruitment",
      "training", "quality", "production", "maintenance", "purchasing", "education", "billing", "claims", "credit",
      "lending", "investments", "corporate", "commercial", "consumer", "digital", "brand", "content", "social", "events",
      "civil", "structural", "mechanical", "electrical", "geotechnical", "environmental", "hydraulics", "transport",
      // a German ward's specialty ("Krankenpflegerin, Innere Medizin")
      "medizin", "kardiologie", "chirurgie", "onkologie", "neurologie", "geriatrie", "pädiatrie", "psychiatrie", "anästhesie",
      "intensivstation", "notaufnahme", "urologie", "gynäkologie", "orthopädie",
      // an HSE post's areas ("Health, Safety & Environment")
      "health", "safety", "environment", "security", "compliance", "risk"};
  return kFields;
}

/// "Health, Safety & Environment", "Sales & Marketing": areas of work listed after a title's dash, a unit however
/// many of its words also name firms ("Health").
bool enumerates_fields(std::string_view part) {
  static const std::regex kJoint{R"(\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*)"};
  auto text = std::string(trim(part));
  std::vector<std::string> pieces;
  for (std::sregex_token_iterator it(text.begin(), text.end(), kJoint, -1), end; it != end; ++it)
    if (!trim(it->str()).empty()) pieces.push_back(it->str());
  return pieces.size() >= 2 && std::all_of(pieces.begin(), pieces.end(), [](const std::string& piece) {
           auto words = plain_words(piece);
           return !words.empty() && words.size() <= 2 &&
                  std::all_of(words.begin(), words.end(), [](const std::string& word) { return field_words().contains(word); });
         });
}

/// Every word capitalised, at least two of them ("Maple Tech Helpdesk").
bool named_like_organisation(std::string_view text) {
  auto words = split_words(collapse_spaces(text));
  if (words.size() < 2) return false;
  // "Fonderies du Rouergue", "Bank of America": a link word between capitalised words.
  static const std::set<std::string, std::less<>> kLinks = {"of", "du", "de", "des", "la", "le", "di", "del", "della", "delle", "degli", "dei", "do", "da", "dos", "das", "van", "von", "der", "den", "ter", "und", "et", "y", "e"};
  // Not "Recherche et Développement", "Contrôle de Gestion": a department named with link words.
  bool field = std::any_of(words.begin(), words.end(), [](const std::string& word) { return field_words().count(fold_case(word)) > 0; });
  for (size_t i = 0; i < words.size(); ++i) {
    bool link = i > 0 && i + 1 < words.size() && kLinks.count(words[i]) && !field;
    // "Office de Tourisme d'Annecy": an elided article before a capitalised name.
    for (const char* elision : {"d'", "d’", "l'", "l’"})
      if (i > 0 && words[i].starts_with(elision) && words[i].size() > std::strlen(elision))
        link = link || std::isupper(static_cast<unsigned char>(words[i][std::strlen(elision)]));
    if (std::islower(static_cast<unsigned char>(words[i][0])) && !link) return false;
  }
  return true;
}

/// "Earlier Career: Process Engineer": a label naming no title before the title itself.
std::string drop_career_label(const std::string& position) {
  auto colon = position.find(": ");
  if (colon == std::string::npos || colon > 30) return position;
  auto label = std::string_view(position).substr(0, colon), rest = std::string_view(position).substr(colon + 2);
  bool label_only = count_words(label) <= 3 && title_score(label) == 0 && organisation_score(label) == 0 && !find_date(label);
  return label_only && title_score(rest) > 0 ? std::string(trim(rest)) : position;
}

/// "Banco Meseta S.A., Ingeniero de Software" (RenderCV): the employer first, closed by its legal form, then the title.
/// "Freiwillige Feuerwehr Berlin-Pankow", "Roeivereniging Triton": a club, brigade or charity, where volunteers serve;
/// not "Data Analytics" or "Retail Banking", fields named with a firm's words.
bool names_volunteer_body(std::string_view head) {
  static const char* const kBodies[] = {"feuerwehr", "brandweer", "bomberos", "bombeiros", "pompiers", "verein", "vereniging",
                                        "club", "association", "associação", "asociación", "associazione", "stiftung", "stichting",
                                        "foundation", "fondation", "fundación", "fundação", "fondazione", "charity", "church"};
  auto words = plain_words(head);
  return std::any_of(words.begin(), words.end(), [](const std::string& word) {
    return std::any_of(std::begin(kBodies), std::end(kBodies), [&](const char* body) { return word.ends_with(body); });
  });
}

bool employer_before_title(std::string_view head, std::string_view tail) {
  if (head.find(", ") != std::string_view::npos || count_words(head) > 6 || has_legal_form(tail) || title_score(tail) == 0) return false;
  // "Freiwillige Feuerwehr Berlin-Pankow, Gruppenführer": a volunteers' body, then a short title.
  bool body_then_title = organisation_score(head) > 0 && title_score(head) == 0 && organisation_score(tail) == 0 &&
                         count_words(tail) <= 3 && !is_location(head) && names_volunteer_body(head);
  return has_legal_form(head) || body_then_title;
}

bool names_own_employer(std::string_view position) {
  auto comma = position.rfind(", ");
  if (comma == std::string_view::npos || inside_brackets(position, comma)) return false;
  auto tail = position.substr(comma + 2);
  if (employer_before_title(position.substr(0, comma), tail)) return true;
  return organisation_score(tail) > 0 && !names_department(tail) && count_words(tail) <= 5;
}

/// "Senior Product Designer, Farfetch": one capitalised word that is no unit ("Growth"), place or rank.
bool one_word_brand(std::string_view tail, bool lower_first) {
  if (field_words().count(fold_case(trim(tail)))) return false;  // "Senior Engineer, Backend"
  unsigned char first = tail.empty() ? 0 : static_cast<unsigned char>(tail.front());
  // "iFood", "eBay" on an employer's own line may open in lower case; after a title's comma "iOS" is a specialty.
  bool camel = lower_first && std::islower(first) &&
               std::any_of(tail.begin(), tail.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  return count_words(tail) == 1 && (std::isupper(first) || camel) && character_count(tail) >= 3 && !names_department(tail) &&
         title_score(tail) == 0 && !is_location(tail) && city_country(tail).empty() && country_code(tail).empty() &&
         !find_date(tail);
}

/// "Inc.", "S.A. de C.V.": a legal form alone, with no name of its own.
bool bare_legal_form(std::string_view suffix) {
  auto words = plain_words(suffix);
  return !words.empty() && organisation_score(words.front()) == 1 &&
         std::all_of(words.begin(), words.end(), [](const std::string& w) { return w == "de" || organisation_score(w) == 1; }) &&
         organisation_score(suffix) <= 2;
}

/// "Sunrise Senior Care": a grade inside a name, its only title word, and not opening it ("Senior Analyst").
bool grade_inside_name(std::string_view tail) {
  auto words = split_words(collapse_spaces(tail));
  if (words.size() < 2 || is_seniority(words.front()) || is_seniority(words.back())) return false;  // not "Team Lead"
  return std::all_of(words.begin(), words.end(), [](const std::string& word) { return title_score(word) == 0 || is_seniority(word); });
}

/// "KYC", "HVAC", "EMEA": the desk, trade or market a title's comma names in capitals, no employer.
bool names_desk(std::string_view acronym) {
  static const std::set<std::string, std::less<>> kDesks = {
      "KYC", "AML", "CRM", "PMO", "ETL", "API", "SOC", "CSR", "SEO", "SEM", "PPC", "ESG", "HVAC", "MEP", "HSE", "QHSE", "EHS",
      "ESL", "EFL", "ESOL", "TEFL", "GCSE", "STEM", "CNC", "FPGA", "ASIC", "VLSI", "GIS", "MIS", "SOA", "NOC", "ERP", "MEL",
      "EMT", "EMS", "DCM", "ECM", "SAP", "BIM", "CAD", "PLC", "SCADA", "RPA", "UAT", "SRE", "CFO",
      "EMEA", "APAC", "LATAM", "MENA", "DACH", "ANZ", "CEE", "NORAM", "AMER", "NICU", "PICU", "CCU", "PACU",
      "HRIS", "ABAP", "GDPR", "FICC", "SAAS", "DEVOPS", "MLOPS", "FINOPS", "IFRS", "GAAP", "CELTA"};
  return kDesks.count(acronym) > 0;
}

/// "Logistics Analyst, Cedar Freight Co.": a comma before an employer-like tail.
bool split_title_comma(WorkEntry& entry) {
  auto comma = entry.position.rfind(", ");
  if (comma == std::string::npos || inside_brackets(entry.position, comma)) return false;  // "Cashier (part-time, weekends)"
  // "…, Balluff GmbH, Neuhausen auf den Fildern": a town after the employer's legal form.
  // "…, Kestrel Data Ltd, Sandyford" with "Dublin 18" read as the place: a one-word district goes before the town.
  if (auto before = comma > 0 ? entry.position.rfind(", ", comma - 1) : std::string::npos; before != std::string::npos) {
    auto town = entry.position.substr(comma + 2);
    bool place = has_legal_form(entry.position.substr(before + 2, comma - before - 2)) &&
                 (is_place_name(town) || town_with_province(town, true)) &&  // "Mairena del Aljarafe (Sevilla)"
                 title_score(town) + organisation_score(town) + institution_score(town) == 0;
    bool read_already = !entry.location.empty() && entry.location.starts_with(town);  // no "Neuhausen, Neuhausen"
    bool district = !entry.location.empty() && count_words(town) == 1;             // not a unit ("Cloud Platform")
    if (place && (entry.location.empty() || read_already || district)) {
      if (entry.location.empty()) entry.location = town;
      else if (!read_already) entry.location = town + ", " + entry.location;
      entry.position.erase(comma);
      comma = before;
    }
  }
  // "Developer, Acme Company, Inc.": a bare legal suffix belongs to the name before it.
  auto suffix = entry.position.substr(comma + 2);
  if (comma > 0 && bare_legal_form(suffix)) {
    auto earlier = entry.position.rfind(", ", comma - 1);
    if (earlier == std::string::npos) return false;  // "Crestline Instruments, Inc.": one name
    comma = earlier;
  }
  auto tail = entry.position.substr(comma + 2);
  auto head = entry.position.substr(0, comma);
  if (employer_before_title(head, tail)) {
    entry.company = head;
    entry.position = tail;
    return true;
  }
  // A legal form closes a firm's name whatever its words ("Estudio Técnico Aljarafe Ingeniería S.L.").
  if (title_score(tail) > 0 && !has_legal_form(tail) && !(grade_inside_name(tail) && !entry.location.empty())) return false;
  // An unknown title still splits off a tail that names an employer ("Greeter, Harbor Food Bank").
  // "Project Evaluator, USAID", "Policy Advisor, OECD": an acronym names the body, unless it names the desk
  // ("Analyst, KYC"), the unit ("Nurse, NICU") or the market ("Sales Manager, LATAM").
  static const std::regex kAcronym{R"(^[A-Z]{3,7}$)"};
  // After a known title only an acronym of four letters or more ("NASA", "OECD"): three are mostly desks ("SQL", "SOX").
  bool acronym = std::regex_match(tail, kAcronym) && (title_score(head) == 0 || tail.size() >= 4) && !names_desk(tail) &&
                 !field_words().count(fold_case(tail)) && !is_location(tail) && count_words(head) <= 4;
  // "Estagiária em Estatística, Instituto Paranaense de Pesquisa Econômica": a school or institute employs too.
  bool employer_tail = (organisation_score(tail) + institution_score(tail) > 0 || has_legal_form(tail) || acronym) &&
                       organisation_score(head) == 0 && count_words(head) <= 4;
  if (title_score(head) == 0 && !employer_tail && !is_employment_kind(head)) return false;  // "Stage, Hydro-Québec"
  // A lone brand only with a place read for the job ("…, Farfetch — Lisbon"): "Teaching Assistant, Mathematics" has none.
  bool brand = (one_word_brand(tail) && !entry.location.empty()) || acronym;
  // "Mentore, Les Filles et le code — Montréal": a name opened by an article after a known title, with the job's place.
  static const std::regex kArticleName{R"(^(?:Les|La|Le|L(?:'|’)|El|Los|Las|Il|Lo|Gli|De|Het|Der|Die|Das|The|Os|As)\s*(?:[A-Z]|É|À|Ö|Ü))"};
  bool article_name = title_score(head) > 0 && !entry.location.empty() && std::regex_search(tail, kArticleName) &&
                      count_words(tail) <= 6 && !names_department(tail) && !ends_in_unit_word(tail);
  // "Bureau comptable Collard SPRL": a legal form names a firm, words in lower case and all.
  if (organisation_score(tail) + institution_score(tail) == 0 && !has_legal_form(tail) && !named_like_organisation(tail) && !brand &&
      !article_name)
    return false;
  entry.company = entry.position.substr(comma + 2);
  entry.position = entry.position.substr(0, comma);
  return true;
}

/// "IAE Lille, parcours en alternance": a clause after a comma in lower case describes, it names no school or
/// employer; not "Ministère de l'Économie, des Finances …", where a link word goes on with the name.
/// Where ", <lower-case clause>" starts, or npos.
size_t lower_clause_at(std::string_view piece) {
  for (auto comma = piece.find(", "); comma != std::string_view::npos; comma = piece.find(", ", comma + 1)) {
    auto clause = piece.substr(comma + 2);
    if (starts_lower(clause) && !ends_with_connector(clause.substr(0, clause.find(' ')))) return comma;
  }
  return std::string_view::npos;
}

/// "Acme Analytics (8 employee venture-backed startup)": a description, not the name;
/// a short bracket ("(KarrotPay)") stays.
/// "Cabinet Morel & Associés, expertise comptable": a lower-case clause after the comma, likewise.
std::string drop_descriptor(const std::string& company) {
  if (auto clause = lower_clause_at(company); clause != std::string::npos) return drop_descriptor(company.substr(0, clause));
  // "Banque Alimentaire de Loire-Atlantique – organisation de la collecte …": a duty after a dash, in lower case.
  for (const char* dash : {" – ", " — "})
    if (auto at = company.find(dash); at != std::string::npos) {
      auto rest = std::string_view(company).substr(at + std::string_view(dash).size());
      if (starts_lower(rest) && count_words(rest) >= 3) return drop_descriptor(std::string(trim(company.substr(0, at))));
    }
  auto open = company.rfind(" (");
  if (open == std::string::npos || company.back() != ')') return company;
  auto inside = std::string_view(company).substr(open + 2);
  // "Gemeente Nieuwegein (temporary contract)": the terms of the job, no part of the employer's name.
  if (auto terms = inside.substr(0, inside.size() - 1); is_employment_kind(terms) || names_working_time(terms))
    return std::string(trim(company.substr(0, open)));
  bool letters = std::any_of(inside.begin(), inside.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  if (count_words(inside) < 3 && letters) return company;  // "(11–16)", an age range, goes too
  return std::string(trim(company.substr(0, open)));
}

/// "(nebenberuflich)", "Teilzeit", "deeltijd": the hours worked, said beside the dates; no employer.
/// "Pensum 80 %", "Teilzeit 60%", "80 %": the share of full time worked (Swiss and German CVs); "32 uur",
/// "20 h/semaine", "30 Std./Woche": hours a week; "FIFO 8/6", "DIDO": a mine's roster.
bool names_work_share(std::string_view part) {
  static const std::regex kShare{
      R"(^(?:(?:(?:pensum|teilzeit|arbeitspensum|beschäftigungsgrad)\s+)?\d{2,3}\s?%|\d{1,2}\s?(?:uur|h|hrs|hours|std\.?|stunden|heures|horas|ore)(?:\s?(?:/|per|par|pro|a|por)\s?(?:week|woche|semaine|semana|settimana|wk))?|(?:fifo|dido|bibo)(?:\s+\d{1,2}\s?[/:]\s?\d{1,2})?)$)",
      std::regex::icase};
  part = trim(part);
  return std::regex_match(part.begin(), part.end(), kShare);
}

bool names_working_time(std::string_view part) {
  static const std::set<std::string, std::less<>> kHours = {"nebenberuflich", "hauptberuflich", "teilzeit", "vollzeit", "minijob",
                                                            "befristet", "unbefristet", "deeltijd", "voltijd", "temps partiel",
                                                            "temps plein", "tiempo parcial", "meio período", "tempo parziale",
                                                            "saisonbetrieb", "saisonstelle", "saisonarbeit", "seasonal", "saisonnier", "saisonnière", "stagionale",
                                                            "jahresstelle", "ganzjahresstelle", "ganzjährig",
                                                            "estacional", "sazonal", "seizoenswerk",
                                                            // Latin American CVs note the working day under the dates ("JORNADA COMPLETA")
                                                            "jornada completa", "media jornada", "jornada parcial", "tiempo completo",
                                                            "medio tiempo", "temporada", "tempo integral", "tempo pieno", "full time",
                                                            "part time", "casual", "permanent", "temporary", "locum"};
  // A mine's or rig's roster: "14/14 rotation", "2:1 roster", "FIFO 8/6", "DIDO 7/7".
  static const std::regex kRoster{R"(^(?:\d{1,2}\s*[/:x]\s*\d{1,2}\s+(?:rotation|roster|swing|shifts?)|(?:FIFO|DIDO|BIBO)(?:\s+\d{1,2}\s*/\s*\d{1,2})?)$)",
                                  std::regex::icase};
  // An Alpine hotel's season: "WINTERSAISON 16/17", "Sommersaison 2016".
  static const std::regex kSeason{R"(^(?:winter|sommer|sommer-|winter-)saison(?:\s+\d{2,4}(?:\s?/\s?\d{2,4})?)?$)", std::regex::icase};
  auto trimmed = trim(part);
  return kHours.count(fold_case(trimmed)) > 0 || names_work_share(part) ||
         (trimmed.size() <= 20 && (std::regex_match(trimmed.begin(), trimmed.end(), kRoster) || std::regex_match(trimmed.begin(), trimmed.end(), kSeason)));
}

/// The terms of a contract, folded: a temp agency's mission, a fixed term, an Italian portal's pills ("Tempo
/// indeterminato", "Partita IVA"), a freelance platform's missions. (Not "Freelance" alone: a freelancer's employer line
/// names no other.)
const std::set<std::string, std::less<>>& contract_terms() {
  static const std::set<std::string, std::less<>> kTerms = {
      "cdi", "cdd", "intérim", "intérimaire", "mission", "mission freelance", "mission d'intérim", "mission d’intérim",
      "temporary contract", "fixed-term contract", "fixed-term", "befristet", "tijdelijk contract", "contrato temporal",
      "contratto a tempo determinato", "tempo indeterminato", "tempo determinato", "contratto a tempo indeterminato", "partita iva"};
  return kTerms;
}

bool is_employment_kind(std::string_view part) {
  static const char* const kKinds[] = {"stage", "internship", "intern", "praktikum", "werkstudent", "stagiaire", "tirocinio",
                                       "prácticas", "practicas", "pasantía", "pasantia", "estágio", "estagio", "contract", "part-time",
                                       "full-time", "apprenticeship", "alternance", "stage de fin d'études", "stage de fin d’études",
                                       // a UK degree's year in industry ("Placement Year – Assistant Engineer")
                                       "placement", "placement year", "industrial placement", "work placement", "year in industry",
                                       "sandwich placement",
                                       // a student's holiday job ("juli 2016 - aug. 2017 (vakantiejob)")
                                       "vakantiejob", "studentenjob", "jobstudent", "ferienjob", "summer job", "job étudiant", "job d'été",
                                       // (the terms of a contract, "CDI", "Tempo indeterminato": names_contract_terms)
                                       // a profile's chip saying the post was unpaid ("Bénévole – responsable buvette   Bénévolat")
                                       "bénévolat", "volontariat", "volunteering", "voluntariado", "volontariato", "ehrenamt",
                                       "vrijwilligerswerk"};
  auto folded = fold_case(trim(part));
  auto one_kind = [](std::string_view text) {
    return contract_terms().contains(text) || std::any_of(std::begin(kKinds), std::end(kKinds), [&](const char* kind) { return text == kind; });
  };
  if (one_kind(folded)) return true;
  // "CDD puis intérim", "Praktikum, dann Werkstudent": one kind of contract, then another.
  static const std::regex kThen{R"(^(.+?)\s*(?:,\s*)?\b(?:puis|then|dann|luego|depois|poi|daarna)\s+(.+)$)"};
  std::smatch pair;
  std::string text = folded;
  return std::regex_match(text, pair, kThen) && one_kind(pair.str(1)) && one_kind(pair.str(2));
}

/// "CDI", "Mission freelance", "Tempo indeterminato", "Partita IVA": the terms of the contract, which say nothing of
/// the post (an internship or an apprenticeship does); folded. Kinds of employment too (is_employment_kind).
bool names_contract_terms(std::string_view part) {
  // "– Mission" / "freelance": the word in lower case says how the mission was held; "Freelance" may stand as the employer.
  return contract_terms().contains(fold_case(trim(part))) || trim(part) == "freelance";
}

/// "Internship", "Tirocinio curriculare", "Stage de fin d’études": a kind of post, alone or opening the part before a
/// lower-case word (not "Intern Café", a firm's name).
bool names_kind_of_post(std::string_view part) {
  auto space = part.find(' ');
  return is_employment_kind(part) ||
         (space != std::string_view::npos && is_employment_kind(part.substr(0, space)) && starts_lower(part.substr(space + 1)));
}

/// "Travel RN – Telemetry   Travel": a nursing job board's chip saying how the post was held. Only as a chip set
/// apart: "Travel Consultant" and "Staff Accountant" are titles.
bool names_nursing_post(std::string_view part) {
  static const std::set<std::string, std::less<>> kPosts = {"travel", "staff", "per diem", "prn", "float pool"};
  return kPosts.contains(fold_case(trim(part)));
}

/// "Travel RN – Telemetry", "Patient Care Technician", "Staff Nurse": a nursing post, where "Staff" and "Travel" chips
/// say how it was held (not "Software Engineer   Staff", a grade).
bool names_nursing_title(std::string_view line) {
  static const std::regex kNursing{R"(\b(?:RN|LPN|LVN|CNA|Nurse|Nursing|Patient\s+Care|Caregiver|Midwife|Paramedic|EMT)\b)"};
  return std::regex_search(line.begin(), line.end(), kNursing);
}

/// "Dottore Commercialista – Senior": a grade alone after a dash qualifies the title before it.
bool is_seniority(std::string_view part) {
  static const char* const kGrades[] = {"senior", "junior", "sr", "sr.", "jr", "jr.", "principal", "lead"};
  auto folded = fold_case(trim(part));
  return std::any_of(std::begin(kGrades), std::end(kGrades), [&](const char* grade) { return folded == grade; });
}

/// "Emergency Department", "Surgical Ward", "Billing Platform": a part of an employer, no employer.
/// "General Internal Medicine, 36-bed inpatient unit", "Platform team, 12 engineers": figures or words in lower
/// case describe a post; an employer's name has neither (but its particles: "Port Authority of New York").
bool describes_post(std::string_view part) {
  if (ends_in_unit_word(part)) return true;  // "Emergency Department", "Intensive Care Unit": the ward, no employer
  if (organisation_score(part) + institution_score(part) > 0) return false;
  static const std::set<std::string, std::less<>> kParticles = {"of", "and", "the", "for", "de", "du", "des", "la", "le", "di",
                                                                "da", "do", "van", "von", "und", "et", "y", "e", "&"};
  for (const auto& word : split_words(collapse_spaces(part)))
    if (std::isdigit(static_cast<unsigned char>(word[0])) || (starts_lower(word) && !kParticles.count(word))) return true;
  return false;
}

/// "Year 3/4", "Foundation / Year 1", "Grade 5": the class a teacher taught, a unit of the school.
bool names_school_year(std::string_view part) {
  static const std::regex kYear{
      R"(^(?:(?:Foundation|Prep|Kindergarten|Reception)(?:\s*(?:/|&|and|–|-)\s*)?)?(?:(?:Years?|Grades?|Klasse|Stage)\s+\d{1,2}(?:\s*[/–&-]\s*\d{1,2})?)?$)"};
  auto text = trim(part);
  return !text.empty() && std::regex_match(text.begin(), text.end(), kYear);
}

bool names_unit(std::string_view part) {
  return names_school_year(part) || (institution_score(part) == 0 && (organisation_score(part) == 0 || ends_in_unit_word(part)));
}

/// "Comune di Bologna – Dipartimento Lavori Pubblici, Piazza Maggiore 6, 40124 Bologna": the
/// employer up to its street, and the town after the postcode (empty when none is printed).
struct EmployerAddress {
  std::string employer, town;
};

EmployerAddress split_employer_address(std::string_view text) {
  static const std::regex street{R"(^\d+\s.*|.*\s\d+[A-Za-z]?$)"};
  static const std::regex postal_town{R"(^\d{4,5}\s+(.+)$)"};
  std::vector<std::string> pieces;
  for (size_t start = 0; start <= text.size();) {
    size_t comma = std::min(text.find(", ", start), text.size());
    pieces.emplace_back(trim(text.substr(start, comma - start)));
    start = comma + 2;
  }
  size_t first_street = pieces.size();
  for (size_t i = 1; i < pieces.size() && first_street == pieces.size(); ++i)
    if (std::regex_match(pieces[i], street)) first_street = i;
  EmployerAddress address;
  for (size_t i = 0; i < first_street; ++i) address.employer += (i ? ", " : "") + pieces[i];
  std::smatch town;
  if (first_street < pieces.size() && std::regex_match(pieces.back(), town, postal_town)) address.town = town[1];
  return address;
}

/// A lone year or season ("2021", "Summer 2019") names the whole stint: it began and ended then
/// (no endDate would read as current). A lone month may be a range the parser did not read.
void assign_stint_dates(const std::optional<DateMatch>& date, WorkEntry& entry) {
  assign_dates(date, entry.start, entry.end, false);
  bool whole_period = date && (date->style == DateStyle::YearOnly || date->style == DateStyle::Season);
  if (whole_period && !date->range) entry.end = entry.start;
}

/// "PI: Prof. Grant", "Supervisor: Dr. Lee": a short label (two words unless told) and its colon open the line.
bool opens_with_label(std::string_view text, int max_words = 2) {
  auto colon = text.find(": ");
  return colon != std::string_view::npos && colon > 0 && count_words(text.substr(0, colon)) <= max_words && !find_date(text.substr(0, colon));
}

/// "Postdoctoral Fellow, Department of Genetics, Max Planck Institute, Plön, Germany.": an academic
/// CV's appointment as one comma list: the title, the units and institution, then the place.
std::optional<WorkEntry> read_comma_appointment(const std::vector<Item>& header) {
  // Set after a date column ("2019–2022  Postdoctoral Fellow, …"), so a wrapped line goes on mid-name.
  if (header.empty() || !starts_with_date(header.front().text)) return std::nullopt;
  std::string text;
  for (const auto& item : header) {
    // "PI: Prof. Alasdair Grant. EPSRC-funded project …", "Ten-week placement screening …": a labelled remark or a
    // sentence below the appointment is no more of it.
    if (!text.empty() && (opens_with_label(item.text) || is_prose(item.text))) break;
    // Column gaps ("CloudWorks Inc.   Seattle, WA   2019") part fields: that is a laid-out header.
    auto date = find_date(item.text);
    auto undated = date ? item.text.substr(0, date->begin) + item.text.substr(date->finish) : item.text;
    if (trim(undated).find("  ") != std::string_view::npos || undated.find('\t') != std::string::npos) return std::nullopt;
    // "Molecular Partners AG, Zürich-Schlieren" below the title: a name its legal form closes is a line of its own; so
    // is a named employer under a title closed by its unit ("…, Innere Medizin" / "Marien-Krankenhaus Lüneburg, …").
    auto first_piece = item.text.substr(0, item.text.find(','));
    if (!text.empty() && has_legal_form(first_piece)) return std::nullopt;
    auto last_piece = text.substr(text.rfind(", ") == std::string::npos ? 0 : text.rfind(", ") + 2);
    auto unit_words = plain_words(last_piece);
    bool unit_closes = std::any_of(unit_words.begin(), unit_words.end(), [](const std::string& w) { return field_words().count(w) > 0; });
    if (!text.empty() && unit_closes && count_words(first_piece) >= 2 && organisation_score(first_piece) + institution_score(first_piece) > 0)
      return std::nullopt;
    text += (text.empty() ? "" : " ") + item.text;
    if (item.text.ends_with('.') && !ends_in_abbreviation(item.text)) break;  // a description follows the full stop
  }
  auto date = find_date(text);
  if (!date) return std::nullopt;
  // "2016 (6 mois) : Stagiaire communication, …": the length of the stint and the colon after the date go too.
  auto undated = remove_span(text, date->begin, date->finish);
  text = std::regex_replace(undated, duration_pattern(), " ");
  bool lasted = text != undated;
  text = std::string(trim(collapse_spaces(text)));
  if (text.starts_with(": ")) text.erase(0, 2);
  while (!text.empty() && (text.back() == '.' || text.back() == ',')) text.pop_back();
  for (const char* separator : {" | ", " – ", " — ", " · ", " @ ", " at "})
    if (text.find(separator) != std::string::npos) return std::nullopt;
  std::vector<std::string> pieces;
  for (size_t start = 0, from = 0; start <= text.size();) {
    size_t comma = std::min(text.find(", ", from), text.size());
    if (comma < text.size() && inside_brackets(text, comma)) {  // "Cashier (part-time, weekends)"
      from = comma + 2;
      continue;
    }
    pieces.emplace_back(trim(std::string_view(text).substr(start, comma - start)));
    start = from = comma + 2;
  }
  // "Ausbildung zum Kaufmann für Spedition …": an apprenticeship names its trade's sector, no employer.
  static const std::regex kApprenticeship{R"(^(?:duale\s+)?(?:ausbildung|berufsausbildung|lehre|umschulung)\s+(?:zu[mr]|als)\s)",
                                          std::regex::icase};
  bool apprenticeship = std::regex_search(pieces[0], kApprenticeship);
  // "Rezeptionistin, ab 2016 Chef de Réception, …": a promotion dated inside the title goes on with it.
  static const std::regex kPromotion{R"(^(?:ab|seit|from|since|depuis|dès|dal|desde|vanaf|sinds)\s+(?:\d{1,2}/)?\d{4}\s+\S.*)", std::regex::icase};
  while (pieces.size() > 1 && std::regex_match(pieces[1], kPromotion)) {
    pieces[0] += ", " + pieces[1];
    pieces.erase(pieces.begin() + 1);
  }
  // "…, St. Wolfgang, Saisonbetrieb": the kind of contract closing the list is neither firm nor place.
  while (pieces.size() > 3 && (names_working_time(pieces.back()) || names_work_mode(pieces.back()))) pieces.pop_back();
  // "Stellvertretende Direktorin & Front Office Managerin": a firm's word ("Office") inside a title of more titles.
  int title_words = title_score(pieces[0]);
  if (pieces.size() < 3 || (title_words == 0 && !apprenticeship) ||
      (organisation_score(pieces[0]) + institution_score(pieces[0]) >= std::max(title_words, 1) && !apprenticeship))
    return std::nullopt;
  // The dated line itself goes "Title, Unit or Institution, …"; a lone "CO" is a state, not a company.
  // "VR-Bank Pegnitzgrund eG": or closed by its legal form; "Dipartimento di Ingegneria Civile": or a university's unit.
  auto named = [](const std::string& piece) {
    return count_words(piece) >= 2 && (organisation_score(piece) + institution_score(piece) > 0 || has_legal_form(piece) || opens_with_unit(piece));
  };
  // "Promovendus, Radboudumc, afdeling Revalidatie, Nijmegen": a unit after it makes the piece before the employer,
  // however it is named.
  static const std::regex kUnitWord{
      R"(^(?:afdeling|vakgroep|department|dept\.?|abteilung|servicio|service|serviço|reparto|divisão|división|division|unit)\s+\S)",
      std::regex::icase};
  bool before_unit = pieces.size() >= 3 && (std::regex_search(pieces[2], kUnitWord) || opens_with_unit(pieces[2])) &&
                     !starts_lower(pieces[1]) && count_words(pieces[1]) <= 5 && title_score(pieces[1]) == 0;
  if (header.front().text.find(pieces[0] + ",") == std::string::npos || !(named(pieces[1]) || before_unit)) return std::nullopt;
  WorkEntry entry;
  // "Oranmore, Co. Galway, Ireland": the places closing the list; an unknown town only before a
  // country or county, so "Payments Team" stays part of the employer.
  bool placed = false;
  auto is_place = [&](const std::string& piece) {
    // "Curno (BG)", "Delft (Paesi Bassi)": a town with its province's code or its country in brackets.
    bool known = piece.starts_with("Co. ") || !country_code(piece).empty() || is_location(piece) || is_region_code(piece) ||
                 town_with_province(piece, true);
    // "Hoogland Transport, Nieuwegein": one capitalised word right after a named employer is its town.
    // "Bad Hofgastein", "St. Wolfgang": a town's name may open on a word that towns' names share.
    static const std::regex kTownPrefix{R"(^(?:Bad|St\.?|Sankt|Saint|Sainte|San|Santa|São|Le|La|Les|Los|Las|El|Fort|Port|Mount|Mont|Val|Villa)\s+[A-Z]\S+$)"};
    bool town_words = count_words(piece) == 1 || std::regex_match(piece, kTownPrefix);
    bool after_employer = town_words && pieces.size() >= 2 && named(pieces[pieces.size() - 2]);
    // "Balluff GmbH, Neuhausen auf den Fildern": a name shaped like a town's after a firm its legal form closes.
    bool after_legal_form = pieces.size() >= 2 && has_legal_form(pieces[pieces.size() - 2]) && shaped_like_town(piece);
    return known || after_legal_form ||
           ((placed || after_employer) && count_words(piece) <= 2 && is_place_name(piece) && !named(piece) &&
            title_score(piece) == 0);
  };
  while (pieces.size() > 2 && is_place(pieces.back())) {
    entry.location = pieces.back() + (entry.location.empty() ? "" : ", " + entry.location);
    pieces.pop_back();
    placed = true;
  }
  entry.position = pieces[0];
  // "University of Glasgow, School of Chemistry": the university employs; its school after it is a unit.
  static const std::regex kUnit{R"(\b(?:school|department|faculty|division|dept\.?)\s+of\b)", std::regex::icase};
  while (pieces.size() > 2 && institution_score(pieces[pieces.size() - 2]) > 0 && std::regex_search(pieces.back(), kUnit) &&
         !std::regex_search(pieces[pieces.size() - 2], kUnit))
    pieces.pop_back();
  while (pieces.size() > 2 && std::regex_search(pieces.back(), kUnitWord)) pieces.pop_back();  // "…, afdeling Research"
  for (size_t k = 1; k < pieces.size(); ++k) entry.company += (k > 1 ? ", " : "") + pieces[k];
  // A lone year with the stint's length is its whole period; alone, in an academic CV's column, a post held since.
  // A season ("Summer 2014") is never held since.
  if (lasted || (date && date->style == DateStyle::Season)) assign_stint_dates(date, entry);
  else assign_dates(date, entry.start, entry.end, false);
  return entry;
}

/// "Analytics Intern, Bord na Móna — Newbridge" read as title "Analytics Intern, Bord na Móna" and company
/// "Newbridge": the lone town is the place, the employer is after the title's comma.
void move_employer_out_of_title(WorkEntry& entry) {
  auto comma = entry.position.find(", ");
  if (comma == std::string::npos || entry.company.empty()) return;
  auto head = entry.position.substr(0, comma), tail = entry.position.substr(comma + 2);
  if (title_score(head) == 0 || organisation_score(head) + institution_score(head) > title_score(head) || title_score(tail) > 0) return;
  // "Sligo"; "Homa Bay" only after a tail named like a body ("…, Nyanza Youth Empowerment Trust"), and with a
  // word that names a place's shape (not "Smithsonian Institution" below "Curator, Museum Collections").
  size_t town_words = count_words(entry.company);
  static const std::set<std::string, std::less<>> kPlaceWords = {"bay", "city", "town", "beach", "springs", "falls", "hills", "harbour",
                                                                  "harbor", "island", "valley", "heights", "creek", "lake", "park", "port"};
  auto company_words = plain_words(entry.company);
  bool shaped_place = town_words == 2 && company_words.size() == 2 && kPlaceWords.count(company_words.back()) > 0;
  bool worded = std::none_of(tail.begin(), tail.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == ','; });
  bool town_company = (town_words == 1 || (shaped_place && worded && named_like_organisation(tail))) && is_place_name(entry.company) &&
                      title_score(entry.company) == 0 && organisation_score(entry.company) + institution_score(entry.company) == 0;
  if (!town_company || !entry.location.empty() || names_department(tail)) return;
  entry.location = entry.company;
  // "Jefa de Turno en Cerámicas Turia Export, S.A.   Vila-real": a bare legal form closes the name before its comma.
  if (bare_legal_form(tail)) {
    entry.company.clear();
    return;
  }
  entry.company = tail;
  entry.position = head;
}

/// "Desarrollador Backend en Nubalia Software", "Técnico en prácticas (FCT) en Webmedia Levante": Spanish and
/// Portuguese say "at" with "en"/"em"/"na"/"no"; the last one before a name shaped like an employer parts the title from it.
/// Not "Técnico en Mantenimiento": a field after it, in one or two words of no firm.
void split_title_at_preposition(WorkEntry& entry) {
  if (!entry.company.empty()) return;
  for (const char* at : {" en ", " em ", " na ", " no "}) {
    auto found = entry.position.rfind(at);
    if (found == std::string::npos || inside_brackets(entry.position, found)) continue;
    auto head = entry.position.substr(0, found), tail = entry.position.substr(found + std::string_view(at).size());
    bool employer = organisation_score(tail) > 0 || has_legal_form(tail) || institution_score(tail) > 0 ||
                    (named_like_organisation(tail) && !entry.location.empty() && field_words().count(fold_case(split_words(tail).front())) == 0);
    // "Práctica profesional en PUERTO VALPARAÍSO LOGÍSTICA SPA": an unknown title too, before a firm's legal form or a
    // school, whose name may hold a title's word ("UNIVERSIDAD TÉCNICA …").
    bool named_body = has_legal_form(tail) || institution_score(tail) > 0;
    bool role = title_score(head) > 0 || (named_body && count_words(head) <= 4 && organisation_score(head) + institution_score(head) == 0);
    if (!role || (title_score(tail) > 0 && !named_body) || !employer || is_location(tail) || starts_lower(tail)) continue;
    // "Técnico em Logística" is a Brazilian title; "… em Lusoplás Injeção de Plásticos, S.A." names its employer.
    if (std::string_view(at) == " em " && !has_legal_form(tail)) continue;
    entry.company = tail;
    entry.position = head;
    return;
  }
}

/// The dash printed between two parts ("Registered Nurse – Cardiac Telemetry"), or nothing (not "… at …").
/// Which of `separators` the header prints between two of its parts, or nullptr.
const char* printed_between(const std::vector<Item>& header, const std::string& first, const std::string& second,
                            std::initializer_list<const char*> separators) {
  for (const auto& item : header)
    for (const char* separator : separators)
      if (item.text.find(first + separator + second) != std::string::npos) return separator;
  return nullptr;
}

const char* dash_printed_between(const std::vector<Item>& header, const std::string& first, const std::string& second) {
  return printed_between(header, first, second, {" – ", " — ", " - "});
}

bool dash_between(const std::vector<Item>& header, const std::string& first, const std::string& second) {
  return dash_printed_between(header, first, second) != nullptr;
}

/// "Sozialarbeiterin – Delogierungsprävention" over "WohnWeg – Verein für Wohnungssicherung, Wien", "Titolare – Dottore
/// Commercialista" over "Studio Russo Commercialisti Associati": a title in two parts joined by a dash, no employer's
/// words in either, over a line of its own naming the employer. Returns the title and the employer, or nothing.
struct TitleOverEmployer {
  std::string title, employer, town;
  size_t employer_part = 0;
};

/// "Ingénieure Stress Senior – Aérostructures   Blagnac" over "Occitane Aérostructures SAS": the town set after the
/// title on its line is the job's, and the employer's line is the next.
/// `placed`: per part, 1 when a place was read from its line ("Rourkela Steel Plant, SAIL · Rourkela": the employer's line
/// names where it is, though no word of it says firm).
std::optional<TitleOverEmployer> title_over_employer_line(const std::vector<Item>& header, const std::vector<std::string>& parts,
                                                          const std::vector<size_t>& line_of, const std::vector<int>& placed) {
  if (parts.size() < 3 || line_of[0] != line_of[1] || !dash_between(header, parts[0], parts[1]) ||
      employer_words(parts[0]) + employer_words(parts[1]) > 0 || is_location(parts[1]) ||
      title_score(parts[0]) + title_score(parts[1]) == 0)
    return std::nullopt;
  size_t first = 2;
  std::string town;
  if (line_of[first] == line_of[0] && count_words(parts[first]) <= 3 && is_place_name(parts[first]) &&
      employer_words(parts[first]) + title_score(parts[first]) == 0)
    town = parts[first++];
  if (first >= parts.size() || line_of[first] == line_of[0]) return std::nullopt;
  std::string employer = parts[first];
  int words = employer_words(parts[first]);
  for (size_t k = first + 1; k < parts.size() && line_of[k] == line_of[first]; ++k) {
    const char* dash = dash_printed_between(header, parts[k - 1], parts[k]);
    if (!dash || title_score(parts[k]) > 0) return std::nullopt;
    employer += dash + parts[k];
    words += employer_words(parts[k]);
  }
  bool placed_alone = placed[first] == 1 && (first + 1 == parts.size() || line_of[first + 1] != line_of[first]) &&
                      !starts_lower(parts[first]) && !is_location(parts[first]);
  if ((words == 0 && !placed_alone) || title_score(parts[first]) > 0) return std::nullopt;
  return TitleOverEmployer{parts[0] + dash_printed_between(header, parts[0], parts[1]) + parts[1], employer, town, first};
}

/// "Vacation Student – Civil — GHD": the title and a specialty joined by a lighter dash than the one after them.
bool specialty_before_em_dash(const std::vector<Item>& header, const std::string& title, const std::string& specialty) {
  return std::any_of(header.begin(), header.end(), [&](const Item& item) {
    return item.text.find(title + " – " + specialty + " — ") != std::string::npos ||
           item.text.find(title + " - " + specialty + " — ") != std::string::npos;
  });
}

/// "London – online grocery subscription, c. 900 staff": a lower-case phrase after the place says what the
/// employer does. Not "dm drogerie markt, München" (before the place) or "eBay Kleinanzeigen" (a capital inside).
bool describes_business(std::string_view part, std::string_view line, std::string_view place) {
  bool lower = std::none_of(part.begin(), part.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  auto at = line.find(part), place_at = place.empty() ? std::string_view::npos : line.find(place);
  return lower && count_words(part) >= 2 && organisation_score(part) + institution_score(part) == 0 &&
         place_at != std::string_view::npos && at != std::string_view::npos && place_at < at;
}

/// "Applikationsentwickler      Wallisellen" over "Glattal Software GmbH": one word naming a place, closing a title's line
/// after a gap, when a line of its own names the employer.
std::optional<size_t> town_set_apart(const std::vector<Item>& header, const std::vector<std::string>& parts,
                                     const std::vector<size_t>& line_of, const std::vector<bool>& alone) {
  bool employer_line = false;
  for (size_t i = 0; i < parts.size(); ++i)
    employer_line = employer_line || (alone[i] && organisation_score(parts[i]) + institution_score(parts[i]) > 0);
  for (size_t i = 1; employer_line && i < parts.size(); ++i) {
    const auto& part = parts[i];
    bool closes_line = line_of[i - 1] == line_of[i] && (i + 1 == parts.size() || line_of[i + 1] != line_of[i]);
    if (!closes_line || count_words(part) != 1 || !is_place_name(part) || is_all_caps(part) || title_score(parts[i - 1]) == 0) continue;
    // Not "Contract", "Nights", "Python" or "Promoted" set beside the title.
    bool named = title_score(part) + organisation_score(part) + institution_score(part) > 0 || names_department(part) ||
                 field_words().count(fold_case(part)) > 0 || is_employment_kind(part) || names_working_time(part) ||
                 names_technology(part) || (city_country(part).empty() && (part.ends_with("ed") || part.ends_with("s")));
    if (!named && !dash_between(header, parts[i - 1], part)) return i;
  }
  return std::nullopt;
}

ReadWork read_work(const std::vector<Item>& input, bool under_banner) {
  if (auto appointment = read_comma_appointment(input); appointment && !under_banner) {
    ReadWork result;
    result.entry = *appointment;
    return result;
  }
  // Europass: the employer is labelled; the other lines hold the title.
  std::vector<Item> header;
  std::optional<std::string> labelled_employer;
  for (const auto& item : input) {
    if (size_t length = employer_label_length(item.text); length > 0 && !labelled_employer) labelled_employer = item.text.substr(length);
    else header.push_back(item);
  }
  if (labelled_employer) {
    auto result = read_work(header, true);
    auto address = split_employer_address(*labelled_employer);
    // "Caseificio Valpadana S.p.A. – Lodi": a town after the labelled employer's dash; not a unit
    // ("– Direzione Acquisti", "– Risk Advisory"): a known place, or one word naming no department.
    auto parts = split_parts(address.employer);
    auto town = [](const std::string& part) {
      return !names_department(part) && (is_location(part) || (count_words(part) == 1 && is_place_name(part)));
    };
    if (address.town.empty() && parts.size() == 2 && town(parts[1])) address = {parts[0], parts[1]};
    result.entry.company = address.employer;
    if (!address.town.empty()) result.entry.location = address.town;
    return result;
  }
  // "Ruolo: Farmacista" under "Azienda S.r.l. – Milano": the label names the title.
  auto labelled = std::find_if(header.begin(), header.end(), [](const Item& item) { return position_value(item.text).has_value(); });
  if (labelled != header.end() && header.size() > 1) {
    auto title = *position_value(labelled->text);
    header.erase(labelled);
    auto result = read_work(header, true);
    auto& entry = result.entry;
    // The other lines name the employer: the more organisation-like of the two parts read, the other a town.
    auto weight = [](const std::string& part) { return (organisation_score(part) + institution_score(part)) * 10 + count_words(part); };
    if (entry.company.empty() || is_location(entry.company) || weight(entry.position) > weight(entry.company)) {
      if (entry.location.empty()) entry.location = entry.company;
      entry.company = entry.position;
    }
    entry.position = title;
    return result;
  }
  ReadWork result;
  WorkEntry& entry = result.entry;
  auto fields = read_header(header);
  auto before_split = fields.parts;
  split_trailing_location(fields.parts, fields.location);
  entry.location = fields.location;
  assign_stint_dates(fields.date, entry);
  std::vector<std::string> parts;
  std::vector<bool> alone;  // the part is the only one on a dateless line: a banner-like employer
  std::vector<int> placed;  // people work at places, titles have none: 2 for a ", City" split off, 1 for a place on its line
  std::vector<size_t> line_of;
  for (size_t i = 0; i < fields.parts.size(); ++i) {
    auto part = strip_brackets(fields.parts[i]);
    if (part.empty()) continue;
    parts.push_back(part);
    line_of.push_back(fields.line_of[i]);
    placed.push_back(fields.parts[i] != before_split[i] ? 2 : fields.line_of[i] == fields.location_line ? 1 : 0);
    auto same_line = std::count(fields.line_of.begin(), fields.line_of.end(), fields.line_of[i]);
    alone.push_back(!fields.dated[i] && same_line == 1);
  }
  if (parts.empty()) return result;
  if (auto town = town_set_apart(header, parts, line_of, alone); town && entry.location.empty()) {
    entry.location = parts[*town];
    auto at = static_cast<std::ptrdiff_t>(*town);
    parts.erase(parts.begin() + at);
    line_of.erase(line_of.begin() + at);
    alone.erase(alone.begin() + at);
    placed.erase(placed.begin() + at);
  }
  result.first_dated_line = header.size();
  for (size_t i = 0; i < fields.parts.size(); ++i)
    if (fields.dated[i]) result.first_dated_line = std::min(result.first_dated_line, fields.line_of[i]);
  // "Dottore Commercialista – Senior": a grade after a title and its dash; not "Riverside Primary School | Principal".
  auto grade_after_title = [&](size_t i) {
    return i > 0 && is_seniority(parts[i]) && line_of[i] == line_of[i - 1] && title_score(parts[i - 1]) > 0 &&
           dash_between(header, parts[i - 1], parts[i]);
  };
  // The part with most title words is the position; the next part the company.
  size_t title = 0;
  int best = -1000;
  bool best_legal = false;  // the best part so far closes on a bare legal form after its comma (", S.A.")
  std::vector<bool> titled(parts.size());  // a title's words, no kind of post ("Stage")
  for (size_t j = 0; j < parts.size(); ++j) titled[j] = title_score(parts[j]) > 0 && !names_kind_of_post(parts[j]);
  // "UX Research Intern" over "Barton Creek Software, Inc. · Internship": LinkedIn's kind of post after the employer on
  // its line, the title on a line of its own, is a chip like "Full-time"; it neither heads nor joins the role.
  auto kind_after_employer = [&](size_t i) {
    if (i == 0 || line_of[i - 1] != line_of[i] || (i + 1 < parts.size() && line_of[i + 1] == line_of[i])) return false;
    if (!is_employment_kind(parts[i]) || titled[i - 1]) return false;
    for (size_t j = 0; j < parts.size(); ++j)
      if (line_of[j] != line_of[i] && titled[j]) return true;
    return false;
  };
  for (size_t i = 0; i < parts.size(); ++i) {
    // "Undergraduate Research Assistant, Thermal Systems Lab": a title with its unit is scored by the title.
    std::string_view scored = parts[i];
    if (auto comma = scored.find(", "); comma != std::string_view::npos && title_score(scored.substr(0, comma)) > 0 &&
                                        organisation_score(scored.substr(0, comma)) == 0)
      scored = scored.substr(0, comma);
    // "Tirocinio curriculare – Analisi dati" over "Consorzio Agrario Padano": a kind of post heads the role, unless a
    // title stands beside it ("Stage – Social Media & Content Assistant").
    bool title_beside = false;
    for (size_t j = 0; j < parts.size(); ++j) title_beside = title_beside || (j != i && line_of[j] == line_of[i] && titled[j]);
    // "Équipière polyvalente   Job étudiant": a kind set after the title on its line, a chip, heads nothing.
    bool chip = (i > 0 && line_of[i - 1] == line_of[i] && title_score(parts[i - 1]) > 0) || kind_after_employer(i);
    bool kind = names_kind_of_post(scored) && !title_beside && !chip;
    // "TB Wallner & Partner GmbH" over "Planer HLK": a name closing on a legal form is the employer's.
    int legal = has_legal_form(scored) ? 3 : 0;
    int score = (title_score(scored) * 3 - organisation_score(scored) * 2 - legal + (kind ? 2 : 0)) * 2 - placed[i];
    // As good a title as one closed by a legal form ("Norteplast – Injeção Técnica, S.A."): the firm is the other.
    bool firm_before = i > 0 && score == best && best_legal && !has_legal_form(parts[i]);
    if ((score > best || firm_before) && !grade_after_title(i)) {
      best = score;
      title = i;
      best_legal = has_legal_form(parts[i]) && names_legal_form_only(last_comma_piece(parts[i]));
    }
  }
  entry.position = parts[title];
  // "AECOM Ltd, Manchester" / "Work Placement – Graduate Engineer": the kind of job printed before the title on its
  // line qualifies it, though the employer's part comes first.
  bool kind_before_title = title > 0 && line_of[title - 1] == line_of[title] && is_employment_kind(parts[title - 1]);
  if (kind_before_title) entry.position = parts[title - 1] + " – " + entry.position;
  // "Registered Nurse, St. Brendan's Hospital — Burlington" over "General Internal Medicine, 36-bed unit": the
  // employer after the title's comma; a line below that describes the post is no employer (not "Director, Media
  // Relations" over "Pfizer Inc." or "Smithsonian Institution").
  auto comma = entry.position.rfind(", ");
  auto tail = comma == std::string::npos ? std::string() : entry.position.substr(comma + 2);
  bool employer_in_title = !tail.empty() && !inside_brackets(entry.position, comma) && organisation_score(tail) > 0 &&
                           title_score(tail) == 0 && !names_department(tail) && !ends_in_unit_word(tail);
  size_t company = parts.size();
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i == title || (kind_before_title && i + 1 == title)) continue;
    if (employer_in_title && line_of[i] > line_of[title] && describes_post(parts[i])) continue;
    if (kind_after_employer(i)) continue;
    // "Ingénieur Systèmes Linux – Mission freelance", "Gestionnaire de paie – CDI": the contract's terms, no part of it.
    if (names_contract_terms(parts[i])) continue;
    // "Stage – Data Scientist", "Data Analyst | Internship": the kind of job qualifies the title.
    if (is_employment_kind(parts[i]) || (i == title + 1 && grade_after_title(i))) {
      entry.position = i < title ? parts[i] + " – " + entry.position : entry.position + " – " + parts[i];
      continue;
    }
    if (describes_business(parts[i], header[line_of[i]].text, entry.location) || names_working_time(parts[i])) continue;
    entry.company = parts[i];
    company = i;
    // "Royal Hobart Hospital · Tasmanian Health Service, Hobart TAS" over the title and its dates: the employer's own
    // line, however many parts it holds.
    bool undated_line = line_of[i] != line_of[title];
    for (size_t k = 0; k < fields.line_of.size(); ++k) undated_line = undated_line && !(fields.line_of[k] == line_of[i] && fields.dated[k]);
    if ((alone[i] || undated_line) && header.size() > 1) result.dateless_company_line = line_of[i];
    break;
  }
  // "Clinical Nurse – Emergency Department   2018 – now" over "Gold Coast University Hospital": the
  // employer named on a line of its own, the department goes with the title.
  // "Registered Nurse – Medical/Surgical Unit" over "St. Mary's Hospital, Toronto, ON | 2019 – Present" too.
  // "Registered Nurse – Cardiac Telemetry" over "North Lakes Medical Center | Minneapolis, MN | …": a suffix that
  // names no employer, over a line that does.
  // "Enfermeira Assistencial – UTI Adulto | Hospital Santa Clara": on one line, when another separator parts them.
  bool employer_next_line = company + 1 < parts.size() && line_of[company + 1] != line_of[title];
  // Not "Consultant – Accenture | Deutsche Bank AG": a one-word suffix there is the employer, the bar names the client.
  // "Staff Nurse – ICU | Bayou City Memorial Hospital": a unit named by one field word is no employer either.
  bool employer_after_bar = company + 1 < parts.size() && !employer_next_line &&
                            (count_words(parts[company]) >= 2 || field_words().count(fold_case(parts[company])) > 0) &&
                            !dash_between(header, parts[company], parts[company + 1]);
  // "Vacation Student – Civil — GHD, Brisbane QLD": a specialty joined by the lighter dash, the employer after
  // the heavier one (read as the place's first piece when a town follows it).
  bool specialty_first = company == title + 1 && company < parts.size() && line_of[company] == line_of[title] &&
                         (names_department(parts[company]) || field_words().count(fold_case(parts[company]))) &&
                         specialty_before_em_dash(header, parts[title], parts[company]);
  // "Accountant – Audit Department" / "KPMG" / "Canary Wharf, London | 2015 – 2018": a unit after the title's dash,
  // and a line of its own below naming the employer, however it is named.
  bool unit_then_employer_line = company == title + 1 && company + 1 < parts.size() && line_of[company] == line_of[title] &&
                                 line_of[company + 1] != line_of[title] && alone[company + 1] &&
                                 (ends_in_unit_word(parts[company]) || names_department(parts[company])) &&
                                 dash_between(header, parts[title], parts[company]);
  // "Senior Accountant – Finance Department | Deloitte | London": a unit named so is no employer, whatever follows the bar.
  bool unit_then_employer_part = employer_after_bar && ends_in_unit_word(parts[company]) && title_score(parts[company + 1]) == 0 &&
                                 !is_location(parts[company + 1]) && !ends_in_unit_word(parts[company + 1]) &&
                                 !names_department(parts[company + 1]) && dash_between(header, parts[title], parts[company]);
  bool employer_next_part =
      company == title + 1 && company + 1 < parts.size() && line_of[company] == line_of[title] &&
      (unit_then_employer_line || unit_then_employer_part || (specialty_first && line_of[company + 1] == line_of[title]) ||
       (employer_words(parts[company + 1]) > 0 &&
        ((employer_next_line && (names_unit(parts[company]) || enumerates_fields(parts[company])) &&
          (alone[company + 1] || placed[company + 1] == 2)) ||
         // "Registered Nurse – Emergency Department | Mount Pleasant General Hospital": a department is no employer.
         ((employer_next_line || employer_after_bar) &&
          (employer_words(parts[company]) == 0 || ends_in_unit_word(parts[company]) || names_department(parts[company])) &&
          dash_between(header, parts[title], parts[company])))));
  // The title keeps its dash suffix as a specialty; the employer is named apart, on the next part or as the
  // first piece of the place read ("GHD, Brisbane QLD").
  auto keep_specialty = [&](std::string employer) {
    entry.position += " – " + parts[company];
    entry.company = std::move(employer);
  };
  auto employer_from_place = [&] {
    auto comma = entry.location.find(", ");
    keep_specialty(entry.location.substr(0, comma));
    entry.location = entry.location.substr(comma + 2);
  };
  auto place_comma = entry.location.find(", ");
  if (employer_next_part)
    keep_specialty(parts[company + 1]);
  else if (specialty_first && company + 1 == parts.size() && place_comma != std::string::npos &&
           !is_location(entry.location.substr(0, place_comma)))
    employer_from_place();
  // "Ingénieur méthodes, Aérelis – Site de Colomiers": the employer after the title's comma goes on past a dash.
  // Not a town after the dash ("Conserve Emiliane S.r.l. – Collecchio").
  if (!employer_next_part && company == title + 1 && company < parts.size() && line_of[company] == line_of[title] &&
      title_score(parts[company]) == 0 && count_words(parts[company]) >= 2 && !is_location(parts[company]) && dash_between(header, parts[title], parts[company])) {
    if (auto comma = entry.position.rfind(", "); comma != std::string::npos && !inside_brackets(entry.position, comma)) {
      auto brand = entry.position.substr(comma + 2), head = entry.position.substr(0, comma);
      bool employer = organisation_score(brand) > 0 || named_like_organisation(brand) || one_word_brand(brand);
      // "Responsable, Service Client – Orange SA", "Analyst, Pricing – Aviva plc": the legal form closes the
      // employer's own name after a unit; "Teixeira Duarte – Engenharia e Construções, S.A." is one name.
      bool names_unit = names_department(brand) || count_words(brand) < 2 || field_words().count(fold_case(brand));
      if (employer && title_score(head) > 0 && title_score(brand) == 0 && (!has_legal_form(entry.company) || !names_unit)) {
        entry.company = brand + dash_printed_between(header, parts[title], parts[company]) + entry.company;
        entry.position = head;
      }
    }
  }
  // "Senior Design Engineer – Pressure Vessels" under a banner (read with it, or apart): the suffix names
  // the work, the banner the employer.
  size_t suffix = title + 1;
  // Not "Consultant – Accenture | Deutsche Bank AG" after a banner: a line naming an employer of its own is no role under it.
  bool employer_later = std::any_of(parts.begin() + static_cast<std::ptrdiff_t>(std::min(suffix + 1, parts.size())), parts.end(),
                                    [&](const std::string& part) { return employer_words(part) > 0; });
  // Under a banner a unit is work too, though "Services" names firms elsewhere ("… Engineer – Technical Services").
  auto names_unit_under_banner = [&](const std::string& part) {
    auto words = plain_words(part);
    return under_banner && words.size() <= 2 && (names_department(words.back()) || ends_in_unit_word(part)) && !has_legal_form(part) &&
           institution_score(part) == 0;
  };
  bool work_suffix = suffix < parts.size() && line_of[suffix] == line_of[title] &&
                     (employer_words(parts[suffix]) == 0 || names_unit_under_banner(parts[suffix])) &&
                     employer_words(parts[title]) == 0 && title_score(parts[title]) > 0 && !is_location(parts[suffix]) &&
                     dash_between(header, parts[title], parts[suffix]) && !employer_later &&
                     !is_employment_kind(parts[suffix]) && !names_working_time(parts[suffix]);  // not "Trainee – Contract"
  // "Deccan Lifesciences Pvt. Ltd., Hyderabad   July 2021 – Till Date" over "Assistant Manager – Quality Assurance":
  // the employer on a line of its own above.
  bool employer_line_above = company < suffix && line_of[company] < line_of[title] && employer_words(parts[company]) > 0;
  if (work_suffix && (under_banner || (company < suffix && alone[company]) || employer_line_above)) {
    entry.position += " – " + parts[suffix];
    if (company == suffix) entry.company.clear();
  }
  // "Stagista – Sviluppo Web – Studio Informatico Pinerolese": dashes all along, the work between the title and
  // the employer named last (not "Consultant – Accenture | Deutsche Bank AG", where a bar names the client).
  size_t last = suffix + 1;
  if (company == suffix && last < parts.size() && line_of[last] == line_of[title] && employer_words(parts[suffix]) == 0 &&
      employer_words(parts[last]) > 0 && title_score(parts[title]) > 0 && title_score(parts[suffix]) == 0 &&
      dash_between(header, parts[title], parts[suffix]) && dash_between(header, parts[suffix], parts[last])) {
    entry.position += " – " + parts[suffix];
    entry.company = parts[last];
    company = last;
  }
  if (auto split = title_over_employer_line(header, parts, line_of, placed); split && (company == 0 || company == 1)) {
    entry.position = split->title;
    entry.company = split->employer;
    if (entry.location.empty()) entry.location = split->town;
    company = split->employer_part;
  }
  // "Registered Nurse – Medical/Surgical" over "Mount Carmel East, Columbus, OH": the employer named with its town
  // on a line of its own makes the title's dash suffix a specialty.
  if (company == title + 1 && company < parts.size() && line_of[company] == line_of[title] && entry.company == parts[company] &&
      fields.location_line != std::string::npos && fields.location_line != line_of[title] &&
      dash_between(header, parts[title], parts[company]) && names_unit(parts[company]) && place_opens_with_name(entry.location))
    employer_from_place();
  // "Lyreco France – Saint-Priest": a town no list knows after the employer's dash is its place, when it is
  // shaped like one; not the title ("Parker Corporate Services - Custodian") or a brand ("Alphabet Inc. – Waymo").
  // So too after a portal's dot ("Laboratoires Vercors Pharma · Saint-Égrève").
  if (entry.location.empty() && company + 1 < parts.size() && company + 1 != title && entry.company == parts[company] &&
      line_of[company + 1] == line_of[company] &&
      printed_between(header, parts[company], parts[company + 1], {" – ", " — ", " - ", " · "}) &&
      town_after_employer(parts[company], parts[company + 1]) && shaped_like_town(parts[company + 1]))
    entry.location = parts[company + 1];
  // "NORTHWIND GROUP, DELHI" read as a place, but its region is no known state or country. Not when the
  // employer was read as the title ("Killary Lodge Hotel — Leenane, Co. Galway" over its role): a banner.
  bool employer_as_title = organisation_score(entry.position) > 0 && title_score(entry.position) == 0;
  // "Analyst, Kestrel Data GmbH, Sandyford, Dublin": the title names its employer with a legal form, so the
  // place's first part is a district of the town, no employer.
  auto title_comma = entry.position.rfind(", ");
  bool title_names_firm = title_comma != std::string::npos && !inside_brackets(entry.position, title_comma) &&
                           has_legal_form(std::string_view(entry.position).substr(title_comma + 2)) &&
                           title_score(std::string_view(entry.position).substr(title_comma + 2)) == 0;
  if (entry.company.empty() && std::count(entry.location.begin(), entry.location.end(), ',') == 1 && !fields.bracketed_place &&
      !employer_as_title && !title_names_firm) {
    auto comma = entry.location.find(',');
    auto region = std::string(trim(entry.location.substr(comma + 1)));
    if ((!is_region_code(region) && country_code(region).empty() && !is_location(entry.location.substr(0, comma))) ||
        names_employer_then_city(entry.location)) {
      entry.company = std::string(trim(entry.location.substr(0, comma)));
      entry.location = region;
      // "Brightline. Dayton, Ohio": the town after the employer's full stop.
      // Not "St. Marien-Krankenhaus Lüneburg": an abbreviation's full stop.
      if (auto dot = entry.company.rfind(". "); dot != std::string::npos && !ends_in_abbreviation(entry.company.substr(0, dot + 1))) {
        entry.location = entry.company.substr(dot + 2) + ", " + region;
        entry.company = entry.company.substr(0, dot);
      }
    }
  }
  // "Initech Robotics, Denver, CO" read as a place: its first piece is the employer.
  if (entry.company.empty() && std::count(entry.location.begin(), entry.location.end(), ',') >= 2 &&
      city_country(entry.location.substr(0, entry.location.find(','))).empty() &&  // not "Ottawa, Ontario, Canada"
      !(names_town_region_country(entry.location) && under_banner)) {  // LinkedIn: the employer heads the roles
    auto comma = entry.location.find(',');
    entry.company = entry.location.substr(0, comma);
    entry.company.erase(0, std::min(entry.company.find_first_not_of("# "), entry.company.size()));  // a Markdown heading's marks
    entry.location = std::string(trim(entry.location.substr(comma + 1)));
    // On a line of its own above the role's dates, that employer heads the roles below it too.
    bool own_line = fields.location_line < header.size() &&
                    std::none_of(fields.line_of.begin(), fields.line_of.end(), [&](size_t l) { return l == fields.location_line; });
    if (own_line && header.size() > 1) result.dateless_company_line = fields.location_line;
  }
  // "Administratief medewerker, Brink & Vos Accountants, Zeist": a town closing a comma list.
  if (!under_banner && entry.company.empty() && entry.location.empty() && std::count(entry.position.begin(), entry.position.end(), ',') >= 2) {
    auto comma = entry.position.rfind(", ");
    auto town = entry.position.substr(comma + 2);
    auto middle = entry.position.substr(0, comma);
    middle = middle.substr(middle.rfind(", ") + 2);
    bool employer_named = organisation_score(middle) + institution_score(middle) > 0;  // not "Engineering, Payments, Checkout"
    if (count_words(town) <= 2 && is_place_name(town) && title_score(town) == 0 && organisation_score(town) == 0 &&
        (employer_named || !city_country(town).empty())) {
      entry.location = town;
      entry.position.erase(comma);
    }
  }
  // Only now, with no employer in the place either: "Greeter, Harbor Food Bank".
  // Under a banner a role may still name its own employer: "Earlier Career: Process Engineer, Abbott Laboratories".
  if (entry.company.empty() && (!under_banner || names_own_employer(entry.position))) split_title_comma(entry);
  // Under a banner too when the title names an employer of its own: "Transportkoordinator, Västkust Spedition AB   Borås".
  if (!under_banner || names_own_employer(entry.position)) move_employer_out_of_title(entry);
  if (!under_banner) split_title_at_preposition(entry);
  // "Hotel Villa Adriatica ****, Viale Vespucci 88, 47921 Rimini": the employer's postal address after its name.
  if (auto address = split_employer_address(entry.company); !address.town.empty()) {
    entry.company = address.employer;
    if (entry.location.empty()) entry.location = address.town;
  }
  move_specialty_to_title(entry);
  move_unit_to_employer(entry);
  move_field_before_dash_to_title(entry);
  entry.company = drop_descriptor(entry.company);
  auto place = split_off_place(entry.company, true);
  if (entry.location.empty()) entry.location = place;
  entry.position = drop_career_label(entry.position);
  if (names_employer_field(entry.company)) entry.company.clear();  // a form's "Employer" label, its value elsewhere
  // "Leiterin Finanz- und Rechnungswesen (Pensum 80 %)": the share of hours is no part of the title ("(Teilzeit)" stays).
  if (auto open = entry.position.rfind(" ("); open != std::string::npos && entry.position.ends_with(')') &&
                                               names_work_share(std::string_view(entry.position).substr(open + 2, entry.position.size() - open - 3)))
    entry.position.erase(open);
  return result;
}

/// "– Director, Finance (2015 - Present)" / "– Finance Manager (2007 - 2009)" listed under one employer:
/// the leading bullets are the roles held there, each with its own dates.
bool is_role_line(std::string_view text, int max_words) {
  auto date = find_date(text);
  return date && date->range && count_words(text) <= max_words && title_score(text) > 0;
}

size_t leading_roles(const Block& block, int max_words = 10) {
  size_t count = 0;
  while (count < block.bullets.size() && is_role_line(block.bullets[count].text, max_words)) ++count;
  return count;
}

/// "Robert Bosch GmbH, Werk Feuerbach", "University of Tasmania, Launceston Campus": the plant, branch or campus after
/// an employer's or a school's comma, the site's place in group 1 (when named by its word before it). `after_dash`: a
/// school's after a dash too ("Università Cattolica – sede di Piacenza"); an employer's dashed site is labelled as its name.
const std::regex& site_after_name(bool after_dash) {
  static const std::string kSite =
      R"(\s+(?:(?:Werk|Standort|Niederlassung|Campus|Sede|Site|Plant|[Ss]ede di|[Cc]ampus de|[Ss]ite de|Usine de|Stabilimento di)\s+(\S.*)|\S+(?:\s+\S+)?\s+[Cc]ampus)$)";
  static const std::regex kAfterComma{"," + kSite}, kAfterCommaOrDash{R"((?:,|\s+(?:–|—|-)))" + kSite};
  return after_dash ? kAfterCommaOrDash : kAfterComma;
}

}  // namespace

/// Where a job was read: its section and first line, for reports and page drawings; the employer's name without a
/// remark or the site it names.
/// "Istituto Comprensivo di Schio (VI)": an Italian province's code after the town closing a name says where the town
/// is; the employer's own initials ("Servizio Sanitario (SS)") stay. "…, Civitella in Val di Chiana (AR)" after a
/// comma is the job's place.
void drop_province_code(WorkEntry& entry) {
  static const std::regex kCode{R"(^(.*\s(\S+))\s\(([A-Z]{2})\)$)"};
  std::smatch code;
  auto& company = entry.company;
  if (company.size() < 8 || company.back() != ')' || !std::regex_match(company, code, kCode)) return;
  auto initials = capital_initials(code.str(1));
  if (initials.find(code.str(3)) != std::string::npos || !is_place_name(code.str(2), 1) || organisation_score(code.str(2)) + institution_score(code.str(2)) > 0)
    return;
  auto name = code.str(1);
  auto town_after_comma = [](std::string_view town) {
    return count_words(town) <= 5 && !starts_lower(town) && digits_of(town).empty() && !has_legal_form(town) &&
           organisation_score(town) + institution_score(town) + title_score(town) == 0;
  };
  if (auto comma = name.rfind(", "); comma != std::string::npos && entry.location.empty() && town_after_comma(name.substr(comma + 2))) {
    entry.location = company.substr(comma + 2);
    name.erase(comma);
  }
  company = name;
}

void place_entry(WorkEntry& entry, const SectionText& lines, const Section& section, size_t line) {
  drop_lower_case_remark(entry.company);
  drop_province_code(entry);
  // "Südwest Papier AG, Werk Ehingen": the employer's plant or branch, its town the job's place.
  if (std::smatch site; entry.company.find(", ") != std::string::npos && std::regex_search(entry.company, site, site_after_name(false))) {
    if (entry.location.empty() && is_place_name(site.str(1))) entry.location = site.str(1);
    entry.company.erase(static_cast<size_t>(site.position(0)));
  }
  // "Löschzug Schloß Neuhaus (seit 2014, Gruppenführer …)" read without its dates: the bracket's leftover comma goes.
  static const std::regex kEmptyBracketStart{R"(\(\s*,\s*)"};
  if (entry.position.find('(') != std::string::npos) entry.position = std::regex_replace(entry.position, kEmptyBracketStart, "(");
  entry.section = section.canonical;
  entry.first_line = line;
  entry.location_in_document = lines.document.lines[line].location;
}

namespace {

void add_bullets(const SectionText& lines, const Section& section, const std::vector<Item>& bullets, WorkEntry& entry,
                 Resume& resume) {
  for (const auto& bullet : bullets) add_highlight(entry, resume.work.size(), bullet.text, bullet.line, section, lines.document, resume);
}

/// Jobs written as list items with no header above: each dated one is a job, plain ones its duties.
void add_listed_jobs(const SectionText& lines, const Section& section, const Block& block, Resume& resume) {
  for (size_t b = 0; b < block.bullets.size();) {
    const auto& role = block.bullets[b];
    WorkEntry entry = read_work({role}, false).entry;
    place_entry(entry, lines, section, role.line);
    size_t end = b + 1;
    while (end < block.bullets.size() && !is_role_line(block.bullets[end].text, 16)) ++end;
    add_bullets(lines, section, {block.bullets.begin() + static_cast<long>(b) + 1, block.bullets.begin() + static_cast<long>(end)},
                entry, resume);
    resume.work.push_back(std::move(entry));
    b = end;
  }
}

void add_roles(const SectionText& lines, const Section& section, const Block& block, size_t roles, Resume& resume) {
  auto employer = read_work(block.header, false).entry;
  std::string company = employer.company.empty() ? employer.position : employer.company;
  for (size_t r = 0; r < roles; ++r) {
    const auto& role = block.bullets[r];
    WorkEntry entry = read_work({role}, true).entry;
    entry.company = company;
    if (entry.location.empty()) entry.location = employer.location;
    place_entry(entry, lines, section, role.line);
    if (r == 0)  // the duties below the list describe the current role
      add_bullets(lines, section, {block.bullets.begin() + static_cast<long>(roles), block.bullets.end()}, entry, resume);
    resume.work.push_back(std::move(entry));
  }
}

}  // namespace

/// `date` lies before `since`, both known (to the month where both give one).
bool starts_before(const PartialDate& date, const PartialDate& since) {
  if (date.year == 0 || since.year == 0 || date.year != since.year) return date.year != 0 && since.year != 0 && date.year < since.year;
  return date.month != 0 && since.month != 0 && date.month < since.month;
}

/// "Hersteller von Servoantrieben, ca. 450 Mitarbeiter", "Leading provider of payroll software (1,200 employees)":
/// what an employer makes or how many it employs, said under its name.
bool describes_employer(std::string_view text) {
  static const std::regex kHeadcount{
      R"(\d[\d.,]*\+?\s*(?:mitarbeiter(?:innen)?|mitarbeitende|beschäftigte|employees|collaborateurs|salariés|empleados|trabajadores|funcionários|colaboradores|dipendenti|medewerkers|werknemers)\b)",
      std::regex::icase};
  // What it makes or provides, said with its preposition ("Hersteller von", "provider of"): no title ("Supplier
  // Quality Engineer", "Spezialist Vertrieb").
  static const std::regex kMaker{
      R"(^(?:führender\s+|leading\s+|global\s+)?(?:hersteller|anbieter|dienstleister|manufacturer|provider|maker|supplier|fabricant|fournisseur|fabricante|proveedor|fornecedor|produttore|fornitore|leverancier|producent|fabrikant)\s+(?:von|für|of|for|de|des|du|di|del|van|voor)\s)",
      std::regex::icase};
  auto plain = std::string(trim(text));
  return std::regex_search(plain, kHeadcount) || std::regex_search(plain, kMaker);
}

/// A firm closed by its legal form read as the title, a word or two naming no firm or post (its town) as the employer.
bool firm_read_as_title(const WorkEntry& entry) {
  return has_legal_form(entry.position) && title_score(entry.position) == 0 && !entry.company.empty() && count_words(entry.company) <= 2 &&
         !has_legal_form(entry.company) && title_score(entry.company) + organisation_score(entry.company) + institution_score(entry.company) == 0;
}

/// "CAROLINA MERIDIAN HEALTH SYSTEM, Charlotte, NC   2012 – Present" / a line about the employer /
/// "Executive Vice President   Jan 2020 – Present": an employer with its whole span over the roles below.
/// `next_header`: the dated header below (the next group of this block, or the next block's), if any.
bool dated_banner(const WorkEntry& entry, bool has_bullets, const std::vector<Item>* next_header) {
  if (has_bullets || !next_header || next_header->empty()) return false;
  // "Kessler Antriebstechnik GmbH, Nürnberg" / "Hersteller von Servoantrieben, ca. 450 Mitarbeiter": the employer
  // named, then what it does, read as a title.
  // "Vilstaler Kunststofftechnik GmbH & Co. KG · Amberg (09/2014 – heute)": the employer and its town, no title.
  bool town_for_title = is_location(entry.position) || town_with_province(entry.position) ||
                        (has_legal_form(entry.company) && count_words(entry.position) == 1 && is_place_name(entry.position) &&
                         title_score(entry.position) + organisation_score(entry.position) == 0);
  // "Timmerbedrijf De Polder V.O.F. · Marknesse · aug. 2006 – apr. 2015": the firm its legal form names read as the
  // title, its town as the employer.
  bool firm_for_title = firm_read_as_title(entry);
  // "Mitarbeiter" is also a title word
  bool described = !entry.company.empty() && (describes_employer(entry.position) || town_for_title || firm_for_title);
  if (!entry.company.empty() && !described) return false;
  // Set in capitals like a banner ("PIEDMONT PHYSICIAN PARTNERS"), or a name with no title word.
  bool capitals = is_all_caps(entry.position) && count_words(entry.position) <= 6;
  // "Supermarché Colombier, Riorges (42)": a name set like a firm's with its town, no title word.
  bool placed_name = (is_location(entry.location) || is_town_with_area(entry.location)) && entry.position.find(',') == std::string::npos &&
                     named_like_organisation(entry.position) && count_words(entry.position) <= 5;
  if (!described && !capitals && !placed_name && !one_word_brand(entry.position, true) &&
      ((organisation_score(entry.position) == 0 && !has_legal_form(entry.position)) || title_score(entry.position) > 0))
    return false;
  auto below = read_work(*next_header, true).entry;
  // "Sabático  jan 2020 – dez 2020" over "Analista  jan 2018 – dez 2019": a role begun before it is no role under it.
  return below.company.empty() && title_score(below.position) > 0 && !starts_before(below.start, entry.start);
}

/// "General Chemistry Tutor: Group and one-on-one tutoring …" / "• 2010-2014 (University of Minnesota)":
/// a role described once, then one dated bullet per place it was held; each bullet is a job.
bool parse_titled_stints(const SectionText& lines, const Section& section, Resume& resume) {
  static const std::regex stint{R"(^\s*(.+?)\s*\(([^()]+)\)\s*$)"};
  std::vector<WorkEntry> jobs;
  std::string title;
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    std::string text(trim(lines.text[i]));
    const Line& line = lines.document.lines[i];
    bool marked = line.list_item || bullet_glyph_length(text) > 0;
    std::string body(trim(std::string_view(text).substr(bullet_glyph_length(text))));
    auto colon = body.find(": ");
    if (!marked && colon != std::string::npos && colon < 70 && count_words(body.substr(0, colon)) <= 7 &&
        title_score(body.substr(0, colon)) > 0 && !find_date(body.substr(0, colon))) {
      title = body.substr(0, colon);
      continue;
    }
    std::smatch match;
    bool stint_shape = marked && !title.empty() && !body.empty() && body.back() == ')' && std::regex_match(body, match, stint);
    auto date = stint_shape ? find_date(match[1].str()) : std::nullopt;
    if (!date || date->begin != 0 || count_words(match[1].str()) > 4) {
      // Any other dated line: the section holds ordinary jobs, read them all the ordinary way.
      if (find_date(body) && find_date(body)->range) return false;
      continue;
    }
    WorkEntry entry;
    entry.section = section.canonical;
    entry.position = title;
    entry.company = match[2];
    assign_dates(date, entry.start, entry.end, false);
    if (!date->range) entry.end = entry.start;  // "2007 (Oberlin College)": that year only
    place_entry(entry, lines, section, i);
    jobs.push_back(std::move(entry));
  }
  if (jobs.size() < 2) return false;
  for (auto& job : jobs) resume.work.push_back(std::move(job));
  return true;
}

/// "Working as Software Engineer in Infosys Ltd, Bangalore from July 2019 to till date.": Indian CVs
/// open Experience with one sentence per job; the project blocks below belong to those jobs.
bool parse_working_as_sentences(const SectionText& lines, const Section& section, Resume& resume) {
  static const std::regex sentence{
      R"(^(?:currently\s+)?(?:working|worked|employed|serving)\s+as\s+(?:an?\s+)?(.+?)\s+(?:in|at|with|for)\s+(.+?)\s+(?:from|since)\s+(.+?)\.?$)",
      std::regex::icase};
  static const std::regex opens{R"(^(?:currently\s+)?(?:working|worked|employed|serving)\s+as\b)", std::regex::icase};
  static const std::regex till_date{R"(\b(?:till|to)\s+(?:date|now)|present)", std::regex::icase};
  std::vector<WorkEntry> jobs;
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    std::string text(trim(lines.text[i]));
    if (text.empty()) continue;
    text = std::string(trim(std::string_view(text).substr(bullet_glyph_length(text))));
    if (text.size() > 300 || !std::regex_search(text, opens)) break;  // bounded: the match below backtracks
    size_t last = i;
    // The sentence wraps: "… from August 2022 to till" / "date."
    while (!text.ends_with('.') && last + 1 < section.end_line && !trim(lines.text[last + 1]).empty() &&
           count_words(lines.text[last + 1]) <= 4)
      text.append(" ").append(trim(lines.text[++last]));
    std::smatch match;
    if (text.size() > 300 || !std::regex_match(text, match, sentence)) break;
    auto date = find_date(match[3].str());
    if (!date) break;
    WorkEntry entry;
    place_entry(entry, lines, section, i);
    entry.position = match[1];
    entry.company = match[2];
    entry.location = split_off_place(entry.company, true);
    assign_dates(date, entry.start, entry.end, false);
    if (!date->range && std::regex_search(match[3].str(), till_date))
      entry.end.present = true;
    jobs.push_back(std::move(entry));
    i = last;
  }
  if (jobs.empty()) return false;
  for (auto& job : jobs) resume.work.push_back(std::move(job));
  return true;
}

/// "Regnitztal-Klinikum Bamberg, Interdisziplinäre Intensivstation (14 Betten)", "Steigerwaldklinik Burgebrach, Innere
/// Medizin / Kardiologie" (German compounds end on the word), "St Mary's Hospital, Cardiology Ward": the ward or specialty after a hospital's comma is where in it the nurse worked, no part of its name.
void drop_ward_after_hospital(WorkEntry& entry) {
  static const std::regex kHospital{R"((?:klinikum|klinik|kliniken|krankenhaus|spital)\b|\b(?:hospital|ziekenhuis|h(?:ô|o)pital|ospedale|hospitais?|infirmary)\b)",
                                    std::regex::icase};
  static const std::regex kWard{
      R"(^(?:[\w\x80-\xFF-]+\s+){0,3}(?:[\w\x80-\xFF-]*station|innere medizin|[\w\x80-\xFF]*logie|[\w\x80-\xFF]*chirurgie|notaufnahme|intensivpflege|p(?:ä|a)diatrie|geriatrie|psychiatrie|ward|icu|unit)(?:\s*/\s*[^,]+)?(?:\s*\([^()]*\))?$)",
      std::regex::icase};
  auto ward = [&](const std::string& text) { return std::regex_match(text, kWard) || ends_in_unit_word(text); };
  auto& company = entry.company;
  auto comma = company.find(", ");
  auto head = company.substr(0, comma);
  if (!std::regex_search(head, kHospital)) return;
  if (comma != std::string::npos && ward(company.substr(comma + 2))) company = head;
  if (!entry.location.empty() && ward(entry.location)) entry.location.clear();  // read as the town after the comma
}

/// "English Teacher, Lane Tech College Prep" under "Chicago Public Schools": the school or site after the
/// title's comma is where the banner's employer placed the role, no part of the title.
void drop_site_after_title(std::string& position) {
  auto comma = position.rfind(", ");
  if (comma == std::string::npos || inside_brackets(position, comma)) return;
  auto site = std::string_view(position).substr(comma + 2);
  // Not "Director, Media Relations": a function named with a word firms use; nor "Analyst, Group FP&A", the group's.
  if (title_score(position.substr(0, comma)) > 0 && title_score(site) == 0 && !names_department(site) && !ends_in_unit_word(site) &&
      !site.starts_with("Group ") &&
      !names_function_only(site) && institution_score(site) + organisation_score(site) > 0)
    position.erase(comma);
}

/// Bullets become highlights. Lines of prose under a header without bullets are highlights too when there are
/// several (web builders draw bullets in CSS, so none reaches the text); a single one is the entry's summary.
void add_body(const SectionText& lines, const Section& section, const Block& block, WorkEntry& entry, Resume& resume) {
  if (block.bullets.empty() && block.prose.size() >= 2) return add_bullets(lines, section, block.prose, entry, resume);
  add_bullets(lines, section, block.bullets, entry, resume);
  std::vector<std::string> prose;
  for (const auto& item : block.prose) prose.push_back(item.text);
  entry.summary = join(prose, " ");
}

/// "Coles Carindale" under "COLES SUPERMARKETS": the employer's brand and a place name its site. Not two
/// employers sharing a generic first word ("Institut für …", "The Bridge Inn", "Farmacia …").
bool names_site_of(std::string_view name, std::string_view employer) {
  auto brand = plain_words(employer), words = plain_words(name);
  if (brand.size() < 2 || words.size() != 2 || words.front() != brand.front() || words.front().size() < 4) return false;
  const auto& word = words.front();
  if (organisation_score(word) + institution_score(word) + title_score(word) > 0) return false;
  auto place = trim(name.substr(name.find(' ') + 1));
  return is_place_name(place) && organisation_score(place) == 0 && title_score(place) == 0;
}

bool is_signature_line(const std::string& text, const std::string& name);
bool names_person(const std::string& text, const std::string& name);
namespace {
size_t count_outside_brackets(std::string_view text, std::string_view chars);  // with the skill lists, below
}  // namespace

/// "Penningmeester van HC Kralingen Veterans (sinds 2019), hardlopen (Rotterdam Marathon 2023), koken en fietsen.": a
/// sentence listing pastimes, its dates in brackets, is no post held.
bool lists_pastimes(const std::vector<Item>& header) {
  if (header.size() != 1) return false;
  const auto& text = header.front().text;
  auto date = find_date(text);
  return date && inside_brackets(text, date->begin) && is_prose(text) && ends_sentence(text) &&
         count_outside_brackets(text, ",") >= 2;
}

/// The section's lines before and after a table read as usual around the table's own entries (a degree line
/// above an education table, the bullets under a job's table): `parse` reads a part, `table_entries` the table's.
/// `take_below` reads what belongs to the last table entry right under the table, and returns where the rest begins.
template <typename Entry, typename Parse, typename TakeBelow>
void read_around_table(const SectionText& lines, const Section& section, LineSpan table, std::vector<Entry>& entries,
                       std::vector<Entry>& table_entries, Resume& resume, Parse parse, TakeBelow take_below) {
  if (table.first > section.first_line) {
    Section before = section;
    before.end_line = table.first;
    parse(lines, before, resume);
  }
  for (auto& entry : table_entries) entries.push_back(std::move(entry));
  if (size_t rest = take_below(table.second); rest < section.end_line) {
    Section after = section;
    after.first_line = rest;
    parse(lines, after, resume);
  }
}

/// "• Audited listed clients" right under a job's table: the duties of its last row.
size_t take_duties_below_table(const SectionText& lines, const Section& section, size_t from, Resume& resume) {
  size_t line = from;
  for (; line < section.end_line && !resume.work.empty(); ++line) {
    auto text = trim(lines.text[line]);
    size_t glyph = bullet_glyph_length(text);
    if (text.empty()) continue;
    if (!lines.document.lines[line].list_item && glyph == 0) break;
    auto duty = std::string(trim(text.substr(glyph)));
    auto& job = resume.work.back();
    job.highlights.push_back(duty);
    job.bullet_indices.push_back(resume.bullets.size());
    resume.bullets.push_back({duty, section.canonical, lines.document.lines[line].location, line, static_cast<int>(resume.work.size() - 1)});
  }
  return line;
}

/// Word's multilevel list holding a whole career: "■ Title – Employer   mars 2019 – aujourd'hui" / "– duty" / "■ Employer
/// juin 2009 – août 2014" / "◦ Title (sept. 2011 – août 2014)": with no header, every item but the duties' glyph
/// opens an entry, its dates on its line; the duties' glyph is the one most undated items carry.
std::vector<Block> split_listed_entries(std::vector<Block> blocks, const SectionText& lines) {
  std::vector<Block> split;
  for (auto& block : blocks) {
    if (!block.header.empty() || block.bullets.size() < 4) {
      split.push_back(std::move(block));
      continue;
    }
    std::map<std::string, int> undated, dated;
    for (const auto& bullet : block.bullets) ++(find_date(bullet.text) ? dated : undated)[marker_at(lines, bullet.line)];
    auto duties = std::max_element(undated.begin(), undated.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    int heads = 0;
    for (const auto& [marker, count] : dated) heads += duties == undated.end() || marker != duties->first ? count : 0;
    // A duty may name a year ("Mise en place du click & collect en 2020"); most name none.
    if (duties == undated.end() || heads < 2 || dated[duties->first] * 3 > duties->second) {
      split.push_back(std::move(block));
      continue;
    }
    for (const auto& bullet : block.bullets) {
      if (marker_at(lines, bullet.line) != duties->first) split.push_back(Block{{bullet}, {}, {}});
      else if (!split.empty()) split.back().bullets.push_back(bullet);
    }
  }
  return split;
}

void parse_work(const SectionText& lines, const Section& section, Resume& resume) {
  Resume table_part;
  if (auto table = parse_work_table(lines, section, table_part))
    return read_around_table(lines, section, *table, resume.work, table_part.work, resume, parse_work,
                             [&](size_t below) { return take_duties_below_table(lines, section, below, resume); });
  if (parse_working_as_sentences(lines, section, resume)) return;
  if (parse_titled_stints(lines, section, resume)) return;
  if (uses_labelled_fields(lines, section)) return parse_labelled_work(lines, section, resume);
  // A company printed once over several roles, where it is, and when its own dates begin (where it has them).
  struct Banner {
    std::string name, place;
    PartialDate start;
  } banner;
  auto blocks = split_listed_entries(make_blocks(lines, section), lines);
  for (size_t k = 0; k < blocks.size(); ++k) {
    const auto& block = blocks[k];
    if (!block.has_date() && block.header.empty() && leading_roles(block, 16) > 0) {
      add_listed_jobs(lines, section, block, resume);  // "➢ Zenwave Pvt. Ltd. – QA Engineer (Jun 2023 to Date)"
      continue;
    }
    if (!block.has_date()) {
      if (block.header.size() == 1 && block.bullets.empty()) {
        auto fields = read_header(block.header);
        // Short, its place aside: "Canterbury Sports & Spine Physio, Riccarton, Christchurch".
        if (!fields.parts.empty() && count_words(fields.parts.front()) <= 6) banner = {fields.parts.front(), fields.location, {}};
      }
      // Bullets outside any dated entry still count for the bullet rules.
      for (const auto& bullet : block.bullets)
        resume.bullets.push_back({bullet.text, section.canonical, lines.document.lines[bullet.line].location,
                                  bullet.line, -1});
      continue;
    }
    if (size_t roles = leading_roles(block); roles >= 2) {
      add_roles(lines, section, block, roles, resume);
      banner = {};
      continue;
    }
    auto groups = split_by_dates(block.header);
    for (size_t g = 0; g < groups.size(); ++g) {
      const auto& header = groups[g];
      // "Escritório Contábil Vale do Itapocu Ltda. - Jaraguá do Sul/SC" over "Assistente Contábil | jan/2016 - …": a
      // group opening on an undated employer's line of its own ends the banner above.
      if (!banner.name.empty() && header.size() >= 2 && !find_date(header.front().text) && opens_with_firm(header.front().text))
        banner = {};
      auto read = read_work(header, !banner.name.empty());
      WorkEntry entry = std::move(read.entry);
      // "Duration: 2019 - 2020" alone under a job: a project's period, not another job.
      if (entry.company.empty() && entry.position.empty() && banner.name.empty() && header.size() == 1 &&
          period_value(header[0].text))
        continue;
      // "Hamburg, 10.03.2025" / "Jan-Hendrik Petersen": the place, date and signature closing a German CV.
      if (is_signature_line(header.front().text, resume.contact.name)) continue;
      // "07/2014 – 12/2015  Elternzeit": a dated break in the career, no job.
      if (entry.company.empty() && is_career_break(entry.position)) continue;
      if (heading_names(section.heading, "interests") && block.bullets.empty() && lists_pastimes(header)) continue;
      // "BREMBO S.p.A. – Curno (BG)   set 2019 – presente" over its roles, in this block or the next.
      bool last_group = g + 1 == groups.size();
      const std::vector<Item>* below = !last_group ? &groups[g + 1]
                                       : k + 1 < blocks.size() && blocks[k + 1].has_date() ? &blocks[k + 1].header
                                                                                           : nullptr;
      if (dated_banner(entry, last_group && !block.bullets.empty(), below)) {
        if (firm_read_as_title(entry)) banner = {entry.position, entry.company, entry.start};
        else banner = {entry.company.empty() ? entry.position : entry.company, entry.location, entry.start};
        continue;
      }
      // "Staff Nurse II" over "Cardiac Step-Down Unit" under a hospital's banner: the unit is no employer.
      // "Advogada associada" over "Departamento de Contencioso" under a law firm's banner likewise.
      // Not "Canada Revenue Agency – Collections Division": an employer with its unit after the dash is a name.
      bool employer_with_unit = entry.company.find(" – ") != std::string::npos || entry.company.find(" — ") != std::string::npos ||
                                entry.company.find(" - ") != std::string::npos;
      if (!banner.name.empty() && !employer_with_unit && (ends_in_unit_word(entry.company) || opens_with_unit_word(entry.company)) &&
          institution_score(entry.company) == 0)
        entry.company.clear();
      // "Fresh Department Manager – Coles Carindale" under "COLES SUPERMARKETS": a site of the banner's employer.
      if (!banner.name.empty() && names_site_of(entry.company, banner.name)) entry.company.clear();
      // A role begun before the banner's own dates is past it ("Sabático  jan 2020" after "Nubank  jan 2021 – atual").
      if (starts_before(entry.start, banner.start)) banner = {};
      if (entry.company.empty()) {
        entry.company = banner.name;
        if (entry.location.empty() && !banner.name.empty()) entry.location = banner.place;
        if (!banner.name.empty()) drop_site_after_title(entry.position);
      } else {
        // Only from above its dates ("Apotheke zur Linde, Uster" under "11/2018 – 02/2021  Apothekerin" is that job's alone).
        banner = {read.company_above_dates() ? entry.company : "", "", {}};
        if (read.company_from_dateless_line()) drop_site_after_title(entry.position);  // the banner read with its first role
      }
      drop_ward_after_hospital(entry);
      place_entry(entry, lines, section, header.front().line);
      if (g + 1 == groups.size()) add_body(lines, section, block, entry, resume);
      resume.work.push_back(std::move(entry));
    }
  }
}

namespace {

const std::regex& score_pattern() {
  // "Grade 12" without a colon is a school year ("High School Diploma (Grade 12)"), "Grade: 12", "Grade 85" a mark.
  static const std::regex pattern{
      R"((?:c?gpa|grade(?=\s*[:\-]|\s+(?!(?:[1-9]|1[0-3])(?![\d.,/])))|(?:abschluss|gesamt|end|abitur|zeugnis|pr(?:ü|u)fungs)?note|abschlusspr(?:ü|u)fung|abschlusszeugnis|notendurchschnitt|moyenne|promedio(?: general)?|m(?:é|e)dia(?: final)?(?=\s*:)|nota(?: media| finale?| de (?:titulaci(?:ó|o)n|egreso|licenciatura))?|voto(?: finale)?|votazione(?: finale)?|cijfer|classifica(?:çã|ca)o final(?=\s*:))\s*[:\-]?\s*(\d{1,3}(?!\d)(?:[.,]\d{1,2})?(?:\s*/\s*\d{1,3}(?:[.,]\d{1,2})?)?(?:\s+valores\b)?))",
      std::regex::icase};
  return pattern;
}

/// "Liceo Scientifico “A. Roiti”, Ferrara": a lone town closing a school's name says where it is.
bool town_after_school(const std::vector<std::string>& pieces, size_t k) {
  const auto& town = pieces[k];
  // Not "Ontario College Diploma, Practical Nursing": a degree named after its college's province is no school.
  return k + 1 == pieces.size() && institution_score(pieces[k - 1]) > 0 && degree_length(pieces[k - 1]) == 0 &&
         !names_campus(pieces[k - 1], town) &&
         (is_place_name(town) || is_town_with_area(town)) && count_words(town) <= 3 && institution_score(town) == 0 &&
         organisation_score(town) == 0 && title_score(town) == 0 && degree_length(town) == 0;
}

/// "Diplomatura en Ciencias Empresariales. Universitat de València.": a full stop before the school parts it.
std::vector<std::string> split_at_school_stops(const std::vector<std::string>& parts) {
  std::vector<std::string> out;
  for (auto part : parts) {
    size_t from = 0;
    for (size_t dot = part.find(". "); dot != std::string::npos; dot = part.find(". ", from)) {
      auto right = part.substr(dot + 2);
      // "M.Sc. Physics. University of Oxford": past the abbreviation, the next full stop may part them.
      if (ends_in_abbreviation(part.substr(0, dot + 1)) || institution_score(right.substr(0, right.find(", "))) == 0) {
        from = dot + 2;
        continue;
      }
      out.push_back(part.substr(0, dot));
      part = right;
      from = 0;
    }
    out.push_back(part);
  }
  return out;
}

/// "Lehrbetrieb: Stadtwerk Winterthur": the label of the company that trained an apprentice.
bool names_training_company(std::string_view label) {
  static const std::regex kTrainingCompany{R"(^(?:lehrbetrieb|ausbildungsbetrieb|praxisbetrieb)$)", std::regex::icase};
  return std::regex_match(label.begin(), label.end(), kTrainingCompany);
}

bool names_study_mode(std::string_view part);

/// "berufsbegleitend", "en alternance", "Abendschule": how a course was attended, in the seven languages (folded).
const std::set<std::string, std::less<>>& study_modes() {
  static const std::set<std::string, std::less<>> kStudyModes = {
      "berufsbegleitend", "part-time", "part time", "full-time", "full time", "online", "fernstudium", "distance learning",
      "en alternance", "alternance", "in alternanza", "à distance", "a distance", "a distanza", "a distancia", "à distância",
      "a distância", "semipresencial", "ead", "abendform", "abendschule", "evening", "evenings", "cours du soir", "serale",
      "nocturno", "noturno", "avondopleiding"};
  return kStudyModes;
}

/// "IHK Ostwestfalen zu Bielefeld (berufsbegleitend)", "CNAM (part-time)": how it was studied, not where;
/// "(berufsbegleitend, Teilzeit)" every part so; "(Ausbildungsbetrieb: Elektro Hansen GmbH)" a labelled note;
/// "Abendschule, Robert-Bosch-Schule Ulm": the mode before the school.
void drop_study_mode(std::string& institution) {
  if (auto comma = institution.find(", "); comma != std::string::npos && names_study_mode(institution.substr(0, comma)))
    institution.erase(0, comma + 2);
  auto open = institution.rfind(" (");
  if (open == std::string::npos || !institution.ends_with(')')) return;
  auto inside = std::string_view(institution).substr(open + 2, institution.size() - open - 3);
  // "Atlantic Technological University (formerly GMIT)": the school's old name, no part of its name now.
  static const std::regex kFormer{R"(^(?:formerly|previously|ehemals|vormals|anciennement|ex|antes|antiga|antigua|già|voorheen)\b.*)",
                                  std::regex::icase};
  if (std::regex_match(inside.begin(), inside.end(), kFormer)) {
    institution.erase(open);
    return;
  }
  auto comma = inside.find(", ");
  bool modes = comma == std::string_view::npos ? names_study_mode(inside)
                                               : names_study_mode(inside.substr(0, comma)) && names_study_mode(inside.substr(comma + 2));
  auto colon = inside.find(": ");
  if (modes || (colon != std::string_view::npos && names_training_company(inside.substr(0, colon)))) institution.erase(open);
}

/// The line right below the header, past the lines whose text the header's last line took in as its wrap
/// ("… Pâtissier, confiseur, glacier," / "traiteur").
bool opens_below_header(const Item& item, const Item& header_end, const SectionText& lines) {
  auto header_text = std::string_view(header_end.text);
  for (size_t between = header_end.line + 1; between < item.line; ++between) {
    auto wrap = trim(lines.text[between]);
    if (wrap.empty() || !header_text.ends_with(wrap)) return false;
  }
  return item.line > header_end.line;
}

/// "Universidad Carlos III de Madrid. Nota media: 8,4 …" under "Grado en Derecho   2011 – 2015": the school
/// opening the description below a degree that named none; a classification in its remark is the entry's score.
std::string school_opening_prose(const Block& block, const SectionText& lines, EducationEntry& entry) {
  if (block.prose.empty() || block.header.empty() || !opens_below_header(block.prose.front(), block.header.back(), lines)) return "";
  const auto& text = block.prose.front().text;
  auto stop = text.size();
  for (auto dot = text.find(". "); dot != std::string::npos; dot = text.find(". ", dot + 1))
    if (!ends_in_abbreviation(text.substr(0, dot + 1))) {
      stop = dot;
      break;
    }
  auto school = text.substr(0, stop);
  // "CFA des métiers de l'Allier — mention Bien", "… — en alternance": a remark after a dash, in lower case.
  for (const char* dash : {" — ", " – "})
    if (auto at = school.find(dash); at != std::string::npos && starts_lower(school.substr(at + std::strlen(dash)))) {
      std::vector<std::string> remark{school.substr(at + std::strlen(dash))};
      take_classification(remark, entry);
      school.erase(at);
    }
  split_off_place(school, true);  // "Universidad Pontificia Comillas (ICADE), Madrid"
  return institution_score(school) > 0 && degree_length(school) == 0 && count_words(school) <= 10 ? school : "";
}

/// "Berufsbegleitendes Studium Logistikmanagement" over "Abschluss: Bachelor of Arts (B.A.), Note: 1,9": the degree a
/// label names on a line of the entry, and that line; nothing when no line says it.
std::optional<std::pair<std::string, std::string>> labelled_degree(const std::vector<Item>& header, const Block& block) {
  for (const auto* items : {&header, &block.prose})
    for (const auto& item : *items) {
      auto degree = degree_label_value(item.text);
      if (degree && degree_length(*degree) > 0) return std::pair{std::string(trim(*degree)), item.text};
    }
  return std::nullopt;
}

/// "Höhere Abteilung für Mechatronik" -> "Mechatronik": the subject a school's department teaches; "spécialité
/// Gestion et Finance" -> "Gestion et Finance": the subject a track's label names.
std::string subject_of_department(std::string_view text) {
  static const std::regex kDepartment{
      R"(^(?:(?:Höhere\s+)?(?:Abteilung|Fachrichtung|Fachschule)\s+(?:für\s+)?|(?:spécialité|specialite|especialidad|especialidade|specializzazione)\s*:?\s+(?=\S)))",
      std::regex::icase};
  return std::regex_replace(std::string(text), kDepartment, "");
}

/// "Höhere Abteilung für Mechatronik, Reife- und Diplomprüfung": a degree closing a line after the department or field
/// it was earned in, said as "<degree> in <field>"; nullopt for any other line.
std::optional<std::string> degree_after_field(std::string_view text) {
  auto comma = text.rfind(", ");
  if (comma == std::string_view::npos || degree_length(text) > 0) return std::nullopt;
  auto degree = trim(text.substr(comma + 2));
  // A long name, not initials that are also words ("MS", "BA").
  if (degree.size() < 8 || degree_length(degree) != degree.size() || count_words(text.substr(0, comma)) > 6) return std::nullopt;
  return std::string(degree) + " in " + subject_of_department(trim(text.substr(0, comma)));
}

/// "SRI RAM COLLEGE OF COMMERCE   2005" over "• Bachelor of Commerce (Honors) with first division.": the degree
/// opening the first line below a school that named none.
std::string degree_opening_details(const Block& block) {
  const Item* first = nullptr;
  for (const auto* items : {&block.bullets, &block.prose})
    if (!items->empty() && (!first || items->front().line < first->line)) first = &items->front();
  if (!first || block.header.empty() || first->line != block.header.back().line + 1) return "";
  static const std::regex kClauseEnd{R"(\.(?:\s|$)|;|\s+with\s|\s+-\s|\s+–\s)"};
  auto text = std::string(trim(std::string_view(first->text).substr(bullet_glyph_length(first->text))));
  std::smatch end;
  auto clause = std::regex_search(text, end, kClauseEnd) ? text.substr(0, end.position(0)) : text;
  static const std::regex kWork{R"(\b(?:thesis|dissertation|project|courses?|coursework|modules?)\b)", std::regex::icase};
  // Spelt out or dotted ("Bachelor of Commerce", "B.Com."), not "MS Office" or "Associate Editor".
  if (auto after_field = degree_after_field(clause)) return *after_field;
  auto degree = clause.substr(0, degree_length(clause));
  bool spelt = degree.find(" of ") != std::string::npos || degree.find('.') != std::string::npos;
  if (!spelt || count_words(clause) > 10 || std::regex_search(clause, kWork)) return "";
  return std::string(trim(clause));
}

/// "University of Houston" over "Cullen College of Engineering · GPA: 3.6/4.0": a faculty or a university's school on a
/// line of its own below the school is a remark, no part of the name; on the school's own line a college or school of it
/// stays, as printed ("The Ohio State University, College of Nursing"; a faculty there `without_faculty` drops).
void drop_unit_from_another_line(std::string& institution, const std::vector<Item>& header) {
  static const std::regex kFaculty{
      R"(^(?:College|School)\s+(?:of|for)\s+\S+(?:\s+\S+)?$|^(?:Faculty|Department|Dept\.?|Division)\s+(?:of|for)\s|^(?:(?:É|E)cole\s+doctorale|Facult(?:é|e)|Fakult(?:ä|a)t|Fachbereich|Abteilung|Fachrichtung|Facolt(?:à|a)|Faculdade|Facultad|Faculteit|Departamento|Dipartimento|UFR|Escola\s+de|Escuela\s+de|Escuela\s+T(?:é|e)cnica\s+Superior|Escola\s+T(?:è|e)cnica\s+Superior|E\.T\.S\.)(?:\s|$))",
      std::regex::icase};
  // A school of the university named for a donor or its town ("Cullen College of Engineering", "Rotterdam School of
  // Management").
  static const std::regex kNamedSchool{R"(^(?:\S+\s+){1,2}(?:School|College)\s+of\s+(?:Business|Management|Law|Medicine|Engineering|Education|Nursing|Economics)\b)",
                                       std::regex::icase};
  auto at = institution.find(", ");
  if (at == std::string::npos) return;
  auto head = institution.substr(0, at), tail = institution.substr(at + 2);
  if (institution_score(head) == 0 || !(std::regex_search(tail, kFaculty) || std::regex_search(tail, kNamedSchool))) return;
  auto tail_start = tail.substr(0, std::min<size_t>(tail.size(), 12));
  bool same_line = std::any_of(header.begin(), header.end(), [&](const Item& item) {
    auto found = item.text.find(head);
    return found != std::string::npos && item.text.find(tail_start, found + head.size()) != std::string::npos;
  });
  if (!same_line) institution = head;
}

/// "Hochschule für Technik, Wirtschaft und Kultur Leipzig", "University of Science, Technology and Arts": a school
/// named for subjects listed with a comma and a conjunction holds the comma in its name; a school named for its town
/// is followed by its field.
void join_listed_subjects(std::vector<std::string>& pieces) {
  static const std::regex kSubjectAfterPreposition{
      R"(\s(?:für|of|for|de|di|da|do|des|del)\s+(?:science|sciences|technology|technologies|technik|technologie|wissenschaften|arts|economics|engineering|wirtschaft|management|ciencias|ciências|scienze|sciences)$)",
      std::regex::icase};
  static const std::regex kConjunction{R"(\s(?:und|and|et|y|e|en)\s+(?:[A-Z]|Ä|Ö|Ü|É))"};
  for (size_t k = 1; k < pieces.size();) {
    const auto& before = pieces[k - 1];
    const auto& piece = pieces[k];
    // A subject after the preposition, not a place ("University of Edinburgh, Economics and Politics", "… of Warwick").
    bool listed = institution_score(before) > 0 && std::regex_search(before, kSubjectAfterPreposition) &&
                  std::regex_search(piece, kConjunction) && count_words(piece) <= 6 && degree_length(piece) == 0 &&
                  institution_score(piece) == 0 && !is_location(piece);
    if (!listed) {
      ++k;
      continue;
    }
    pieces[k - 1] += ", " + piece;
    pieces.erase(pieces.begin() + static_cast<long>(k));
  }
}

/// Parts split further on ", " when a piece names a school or a degree.
/// "Sheffield Hallam University (BA (Hons) Hospitality Management, 2:1)": the school, then the degree it gave in
/// brackets after it; nullopt when the brackets hold no degree or the part names one before them.
std::optional<std::pair<std::string, std::string>> degree_in_brackets(std::string_view part) {
  if (!part.ends_with(')')) return std::nullopt;
  int depth = 0;
  size_t open = part.size();
  while (open-- > 0) {
    depth += part[open] == ')' ? 1 : part[open] == '(' ? -1 : 0;
    if (depth == 0) break;
  }
  if (open == std::string_view::npos || open == 0) return std::nullopt;
  auto school = trim(part.substr(0, open));
  auto inner = trim(part.substr(open + 1, part.size() - open - 2));
  // Not a stay's note ("University of Bologna (Erasmus exchange)") nor a status ("(PhD candidate)").
  static const std::regex kStatus{R"(\b(?:candidate|student|exchange|erasmus|abroad|auslandssemester)\b)", std::regex::icase};
  if (degree_length(inner) == 0 || degree_length(school) > 0 || institution_score(school) == 0 || count_words(school) > 6 || starts_lower(school) ||
      std::regex_search(inner.begin(), inner.end(), kStatus) ||
      !digits_of(school).empty())
    return std::nullopt;
  return std::pair{std::string(school), std::string(inner)};
}

/// Each "School (Degree, class)" part as two parts, the school and what the brackets hold.
void split_degrees_in_brackets(std::vector<std::string>& parts) {
  for (size_t k = 0; k < parts.size(); ++k)
    if (auto split = degree_in_brackets(parts[k])) {
      parts[k] = split->second;
      parts.insert(parts.begin() + static_cast<std::ptrdiff_t>(k), split->first);
      ++k;
    }
}

/// "FH Salzburg – Studiengang Innovation und Management", "Fachoberschule, Ausbildungsrichtung Technik": the
/// programme's label names the field (group 1).
const std::regex& programme_label() {
  static const std::regex kProgramme{R"(^(?:Studiengang|Studienrichtung|Studienschwerpunkt|Fachrichtung|Ausbildungsrichtung)\s*:?\s+(.+)$)",
                                     std::regex::icase};
  return kProgramme;
}

std::vector<std::string> education_pieces(const std::vector<std::string>& input) {
  std::vector<std::string> pieces;
  for (auto part : split_at_school_stops(input)) {
    // "Lycée du Parc · Lyon": a known town set apart after the school says where it is (an unknown word may be the
    // field: "Saskatchewan Polytechnic – Agribusiness Diploma").
    if (!pieces.empty() && (is_location(part) || !city_country(part).empty()) && town_after_school({pieces.back(), part}, 1)) continue;
    std::smatch gpa;
    if (std::regex_search(part, gpa, score_pattern())) {
      part = strip_brackets(std::string(trim(part.substr(0, gpa.position(0)))));  // "Gymnasium Starnberg (Note: 1,9)"
      static const std::regex kCompoundedInitials{R"((?:^|,?\s+)[A-Z]{2,5}-$)"};  // "…, IHK-Abschlussprüfung: 2,1"
      part = std::regex_replace(part, kCompoundedInitials, "");
      if (part.ends_with('.') && !ends_in_abbreviation(part)) part.pop_back();  // "Universitat de València. Nota media: 7,8"
      // "Cumulative GPA", "Overall grade": a qualifier, not a school.
      // Not a labelled degree before the grade ("Abschluss: Gesellenbrief, Note 2,0").
      if (count_words(part) <= 2 && institution_score(part) == 0 && degree_length(part) == 0 && part.find(": ") == std::string::npos)
        part.clear();
    }
    std::vector<std::string> split;
    size_t start = 0;
    // "Bachelor of Medicine, Bachelor of Surgery (MBBS)": a degree whose name holds a comma stays whole.
    const size_t degree_end = degree_length(part);
    while (start <= part.size()) {
      size_t comma = part.find(", ", std::max(start, degree_end));
      while (comma != std::string::npos && inside_brackets(part, comma)) comma = part.find(", ", comma + 1);  // "(berufsbegleitend, Teilzeit)"
      if (comma == std::string::npos) comma = part.size();
      auto piece = std::string(trim(part.substr(start, comma - start)));
      if (!piece.empty()) split.push_back(piece);
      start = comma + 2;
    }
    join_listed_subjects(split);
    // "University of California, Berkeley" names a campus; "University of Alberta, Edmonton, AB" a place.
    // "Red Rocks Community College, Lakewood, CO": a state's code closing the list, and the town before it.
    // (Counted on the list as split: the pieces after k go first.)
    const size_t count = split.size();
    bool state_closes = count >= 3 && is_region_code(split.back()) && split.back().size() == 2;
    auto place_at = [&](size_t k) {
      if (state_closes && (k + 1 == count || (k + 2 == count && shaped_like_town(split[k]) && institution_score(split[k]) == 0)))
        return true;
      return is_location(split[k]) && !(k + 1 == split.size() && names_campus(split[k - 1], split[k]));
    };
    bool marked = false;
    for (size_t k = 1; k < split.size(); ++k)
      marked = marked || institution_score(split[k]) > 0 || degree_length(split[k]) > 0 || place_at(k) ||
               town_after_school(split, k) || std::regex_match(split[k], programme_label());
    if (marked)  // places after a school ("..., India") are not part of it
      for (size_t k = split.size(); k-- > 1;)
        if ((place_at(k) || town_after_school(split, k)) && !std::regex_match(split[k], programme_label())) {
          // "Institute of Technology, Sligo": a school named by kind words only keeps the town that names it.
          if (town_completes_school(split[k - 1], split[k])) split[k - 1] += ", " + split[k];
          split.erase(split.begin() + static_cast<long>(k));
        }
    if (marked) pieces.insert(pieces.end(), split.begin(), split.end());
    else if (!part.empty()) pieces.push_back(part);
  }
  for (auto& piece : pieces) {
    // "Rotterdam School of Management; afstudeerscriptie over …": a remark after a semicolon, in lower case.
    if (auto semicolon = piece.find("; "); semicolon != std::string::npos && starts_lower(piece.substr(semicolon + 2)))
      piece.erase(semicolon);
    if (piece.ends_with('.') && !ends_in_abbreviation(piece)) piece.pop_back();  // "Universitat de València."
    drop_study_mode(piece);  // before a school piece joins the next: "Meisterschule (berufsbegleitend), Handwerkskammer …"
  }
  return pieces;
}

/// "Class XII", "12th", "SSC": a school year's certificate, taken at a school rather than in a field.
bool names_school_class(std::string_view degree) {
  static const std::regex kClass{R"(^(?:(?:Class|Std\.?|Standard)\s+\S+|\d{1,2}(?:th|st|nd|rd)|SSC|HSC|SSLC|HSSC|ISC|ICSE|CBSE)\b)",
                                 std::regex::icase};
  return std::regex_search(degree.begin(), degree.end(), kClass);
}

/// "Ensino Médio", "High School Diploma", "Abitur": a school-leaving certificate names no field, so the line beside it
/// names the school.
bool names_school_leaving(std::string_view degree) {
  static const std::regex kLeaving{
      R"(^(?:ensino (?:m(?:é|e)dio|fundamental)|high school(?: diploma)?|abitur|allgemeine hochschulreife|mittlere reife|realschulabschluss)$)",
      std::regex::icase};
  auto plain = trim(degree);
  return std::regex_match(plain.begin(), plain.end(), kLeaving);
}

/// "PCM with Computer Science", "Science stream", "Commerce": what a class studied, no school.
bool names_stream(std::string_view piece) {
  static const std::regex kStream{R"(\b(?:PCM|PCB|PCMB|MPC|BiPC|CEC|MEC|HEC|science|commerce|arts|humanities|maths?|mathematics|stream|with)\b)",
                                  std::regex::icase};
  return std::regex_search(piece.begin(), piece.end(), kStream);
}

/// Degree ("B.S.") and field from a piece starting with a degree.
/// "BSN" after "Bachelor of Science in Nursing", "DCG" after "Diplôme de Comptabilité et de Gestion": the
/// capitals spell the capitalised words' initials, so degree and field name one qualification.
/// French names its field in lower case: "Baccalauréat en administration des affaires (B.A.A.)" spells the
/// words that are not particles.
bool spells_initials(std::string_view words, std::string_view initials) {
  static const std::set<std::string> kParticles{"en", "de", "des", "du", "d", "la", "le", "les", "et", "of", "in", "and", "the"};
  std::string capitals, letters, content_letters;
  for (char c : initials)
    if (std::isupper(static_cast<unsigned char>(c))) capitals.push_back(c);
  for (const auto& word : split_words(collapse_spaces(words))) {
    auto plain = strip_accents(word);
    if (plain.empty()) continue;
    auto first = static_cast<unsigned char>(plain[0]);
    if (std::isupper(first)) letters.push_back(plain[0]);
    if (std::isalpha(first) && !kParticles.contains(fold_case(plain))) content_letters.push_back(static_cast<char>(std::toupper(first)));
  }
  return capitals.size() >= 2 && (capitals == letters || capitals == content_letters);
}

/// "Area Critica e dell'Emergenza Università degli Studi di Padova": a degree's field, then with no mark between them the
/// school, named by a word that opens schools' names (the last such word: "Liceo Scientifico Liceo Scientifico …").
/// Returns where the school starts, or npos.
size_t school_after_field(const std::string& rest) {
  static const std::regex kOpening{
      R"(\s(?:Universit(?:à|a|y of|é|at|ät|eit)|Universidad|Universidade|Politecnico|Liceo|Istituto|Instituto|Institut|École|Escuela|Escola|Faculdade|Facultad)\s+\S+\s+\S)"};
  // "Diploma di Liceo Scientifico" + "Liceo Scientifico "Giorgione"": the words after the degree open the school's name.
  auto padded = " " + rest;
  size_t found = std::string::npos;
  for (std::sregex_iterator it(padded.begin(), padded.end(), kOpening), end; it != end; ++it) found = static_cast<size_t>(it->position(0));
  if (found == std::string::npos || inside_brackets(rest, found)) return std::string::npos;
  // A school's name goes on capitalised or with a particle ("Università degli Studi"), closes on no connector, and
  // follows no word in lower case: not "… parcours École inclusive et besoins particuliers", "Politecnico di Milano and".
  static const std::set<std::string, std::less<>> kParticles{"degli", "di", "de", "del", "della", "des", "du", "of", "da", "do",
                                                            "dos", "das", "der", "für", "van", "y", "e"};
  auto tail = std::string_view(rest).substr(found);
  auto words = split_words(std::string(tail));
  bool named_on = words.size() >= 2 && (!starts_lower(words[1]) || kParticles.contains(words[1]));
  auto before = split_words(rest.substr(0, found));
  auto last_before = before.empty() ? std::string_view() : after_elision(before.back());  // "dell'Emergenza"
  if (!named_on || ends_with_connector(tail) || (!last_before.empty() && starts_lower(last_before))) return std::string::npos;
  return found;
}

void read_degree(const std::string& piece, size_t length, EducationEntry& entry) {
  entry.study_type = std::string(trim(piece.substr(0, length)));
  auto rest = std::string(trim(piece.substr(length)));
  static const std::regex kInitials{R"(^(.*\S)\s*\(([A-Z][A-Za-z.]{1,8})\)$)"};
  std::smatch initials;
  if (std::regex_match(rest, initials, kInitials) && spells_initials(entry.study_type + " " + initials.str(1), initials.str(2))) {
    // English "Master of Science in Physics" parts degree and field, so "Bachelor of Science in Nursing (BSN)"
    // does too, its initials dropped; "Baccalauréat en administration des affaires (B.A.A.)" stays one name.
    if (!initials.str(1).starts_with("in ")) entry.study_type += " " + rest;
    rest = initials.str(1);
  }
  // "Ph.D. in Physics (Example University, exchange at ...)": the school in brackets.
  if (auto open = rest.find('('); open != std::string::npos && entry.institution.empty()) {
    auto inside = rest.substr(open + 1);
    auto stop = inside.find_first_of(",)");
    auto school = std::string(trim(inside.substr(0, stop)));
    if (institution_score(school) > 0) {
      entry.institution = school;
      rest = std::string(trim(rest.substr(0, open)));
    }
  }
  // "Class XII (CBSE)": the board that set the exam is neither degree nor field.
  static const std::regex kBoard{R"(^\((?:CBSE|ICSE|ISC|NIOS|[^()]*\bBoard\b[^()]*)\)\s*)"};
  rest = std::regex_replace(rest, kBoard, "");
  // "Giurisprudenza (classe LMG/01)": the Italian ministry's class of the degree course, no part of its field.
  static const std::regex kDegreeClass{R"(\s*\(classe\s+[A-Z]{1,3}[-/ A-Z0-9]*\))"};
  rest = std::regex_replace(rest, kDegreeClass, "");
  // "Bachelor of Management (BMgt)", "Certificate IV … (TAE40116)": the credential's own short form in mixed case or its
  // code with digits, in brackets right after it, is printed as part of its name. Capitals alone may name a school
  // ("(MSU)") or a track ("(BBL)", "(MP)").
  static const std::regex kCode{R"(^\(([A-Z][A-Za-z0-9.+]{1,9})\)\s*(.*)$)"};
  // Mixed case opening on the degree's own initial ("Bachelor … (BMgt)"), not a school's ("Bachelor of Commerce (McGill)").
  auto short_form = [&](const std::string& text) {
    auto count = [&](auto is) { return std::count_if(text.begin(), text.end(), [&](char c) { return is(static_cast<unsigned char>(c)); }); };
    auto upper = count([](unsigned char c) { return std::isupper(c) != 0; });
    auto lower = count([](unsigned char c) { return std::islower(c) != 0; });
    auto digits = count([](unsigned char c) { return std::isdigit(c) != 0; });
    bool own_initial = !entry.study_type.empty() && std::toupper(static_cast<unsigned char>(entry.study_type[0])) == text[0];
    bool mixed = upper >= 2 && lower >= 1 && own_initial && degree_length(text) != text.size();  // not "(MSc)"
    return digits >= 1 || mixed;
  };
  // "GCSEs (8) incl. Maths & English": how many were passed, and which, say no field.
  static const std::regex kCount{R"(^\((\d{1,2})\)(?:\s+(?:incl\.|including|inkl\.|dont|incluidas?)\s+.*)?$)", std::regex::icase};
  if (std::smatch count; std::regex_match(rest, count, kCount)) {
    entry.study_type += " (" + count.str(1) + ")";
    rest.clear();
  }
  std::smatch code;
  if (std::regex_match(rest, code, kCode) && !names_stream(code.str(1)) && short_form(code.str(1))) {
    entry.study_type += " (" + code.str(1) + ")";
    rest = code.str(2);
  }
  // "MPharm (Master of Pharmacy)": the degree spelt out in brackets is no field. (Its abbreviation, "Diplom-Ingenieur
  // (Dipl.-Ing.)", degree_length already counts as part of the degree.)
  if (auto close = rest.find(')'); rest.starts_with("(") && close != std::string::npos) {
    std::string_view inside = std::string_view(rest).substr(1, close - 1);
    if (degree_length(inside) == inside.size()) rest = std::string(trim(std::string_view(rest).substr(close + 1)));
  }
  // "HBO-Verpleegkunde": the field joined to the kind of school by a hyphen.
  if (rest.size() > 1 && rest.front() == '-' && std::isupper(static_cast<unsigned char>(rest[1]))) rest.erase(0, 1);
  // "VWO, profiel Economie & Maatschappij": the Dutch school's word for its stream goes too.
  for (const char* lead : {"in het ", "in ", "of ", ", ", "- ", "– ", "— ", ": ", "en ", "em ", "de ", "di ", "del ", "da ", "zum ", "zur ", "als ", "i ", "inom ", "(",
                           "profiel "})
    if (starts_with_icase(rest, lead)) rest = std::string(trim(rest.substr(std::string_view(lead).size())));  // "IN ENGINEERING" too
  // "WO Master Business Analytics (MSc)": the degree's equivalent in brackets closes the field, no part of it.
  // "Industriemeister Fachrichtung Elektrotechnik (IHK)", "Técnico Superior en Transporte (CFGS)": the chamber that
  // examined it or the kind of cycle is printed as part of the degree's name.
  if (auto open = rest.rfind(" ("); open != std::string::npos && rest.ends_with(')')) {
    auto inside = rest.substr(open + 2, rest.size() - open - 3);
    static const std::set<std::string, std::less<>> kDegreeKinds = {"IHK", "HWK", "CFGS", "CFGM"};
    static const std::regex kCycle{R"(^(?:Ciclo\s+Formativo\s+de\s+)?Grado\s+(?:Medio|Superior)$)"};
    bool kind = kDegreeKinds.contains(inside) || std::regex_match(inside.begin(), inside.end(), kCycle);
    if (kind && !entry.study_type.empty()) entry.study_type += " (" + inside + ")";
    if (!inside.empty() && (kind || degree_length(inside) == inside.size())) rest = std::string(trim(rest.substr(0, open)));
  }

  while (!rest.empty() && (rest.back() == ';' || rest.back() == ',')) rest.pop_back();  // "Finance; GPA: 3.9"
  if (entry.institution.empty())
    if (size_t school = school_after_field(rest); school != std::string::npos) {
      entry.institution = std::string(trim(std::string_view(rest).substr(school)));
      rest = std::string(trim(std::string_view(rest).substr(0, school)));
    }
  if (!rest.empty() && entry.area.empty()) entry.area = strip_brackets(rest);
}

/// "| Certificate, Music Business": separators left at the start of a line.
std::string_view strip_leading_marks(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.front() == '|' || text.front() == '-' || text.front() == ',')) text = trim(text.substr(1));
  return text;
}

/// "Seton Hall University — Master of Accountancy, 2017" / "Bachelor of Science … — Rutgers University —" /
/// "May 2015": a line opening with a degree below a dated line naming its school starts the next entry.
bool split_before_degree(const std::vector<Item>& group, size_t degree_line, std::vector<std::vector<Item>>& result) {
  auto at = std::find_if(group.begin(), group.end(), [&](const Item& item) { return item.line == degree_line; });
  if (at == group.begin() || at == group.end()) return false;
  bool school_above = false, date_above = false, degree_above = false, school_below = false;
  for (auto it = group.begin(); it != at; ++it) {
    school_above = school_above || institution_score(it->text) > 0;
    date_above = date_above || find_date(it->text).has_value();
    for (const auto& part : split_parts(it->text)) degree_above = degree_above || degree_length(part) > 0;
  }
  // Only a whole entry above ("… University — Master of Accountancy, 2017"); not a school over its degree
  // line naming a college of it ("University of Michigan" / "B.S. …, College of Engineering").
  if (!degree_above) return false;
  for (auto it = at; it != group.end(); ++it) school_below = school_below || institution_score(it->text) > 0;
  if (!school_above || !date_above || !school_below) return false;
  result.emplace_back(group.begin(), at);
  result.emplace_back(at, group.end());
  return true;
}

/// "Especialização lato sensu, 420 h" under "Pós-graduação em …": Brazil's legal kind of the postgraduate
/// course above, no second degree.
bool names_postgraduate_kind(std::string_view text) {
  static const std::regex kKind{R"(^(?:Especializa(?:ção|cao)|P(?:ó|o)s-?gradua(?:ção|cao))\s+(?:lato|stricto)\s+sensu\b.*)",
                                std::regex::icase};
  return std::regex_match(text.begin(), text.end(), kKind);
}

/// "A-Levels", "A levels", "GCSE's" -> "alevels", "gcses": a qualification's name with case, spaces and marks gone.
std::string folded_qualification(const std::string& name) {
  std::string folded;
  for (char c : fold_case(name))
    if (std::isalnum(static_cast<unsigned char>(c))) folded += c;
  return folded;
}

/// "10 GCSEs at A*–B including Mathematics (A*)", "Three A-levels: …": how many of a qualification were passed and
/// with which grades; its kind folded ("gcse", "alevel"), or "" when the line counts none.
std::string counted_qualification(const std::string& text) {
  static const std::regex kCount{
      R"(^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(I?GCSE|A[- ]?level|AS[- ]level|O[- ]level|Higher|Leaving Cert(?:ificate)? subject)s?\b)",
      std::regex::icase};
  std::smatch count;
  return std::regex_search(text, count, kCount) ? folded_qualification(count.str(1)) : "";
}

/// The line names that qualification ("GCSEs" for "gcse"): a count under it is its marks, no entry of its own.
bool counts_qualifications(const std::string& text, const std::string& above) {
  auto kind = counted_qualification(text);
  return !kind.empty() && folded_qualification(above).find(kind) != std::string::npos;
}

/// Two degrees under one school ("B.S. Business" / "B.A. Japanese"): one entry
/// each, sharing the school and dates.
std::vector<std::vector<Item>> split_by_degrees(const std::vector<std::vector<Item>>& groups) {
  std::vector<std::vector<Item>> result;
  for (const auto& whole : groups) {
    // "10 GCSEs at A*–B …" under "GCSEs": that qualification's marks, read on their own after its entry.
    // Not under "A Levels", nor alone under a school: there the count names a qualification of its own.
    auto counted_above = [&](const Item& item) {
      auto kind = counted_qualification(item.text);  // most lines count nothing: no degree lookups then
      return !kind.empty() && std::any_of(whole.begin(), whole.end(), [&](const Item& other) {
        return other.line < item.line && folded_qualification(other.text).find(kind) != std::string::npos &&
               degree_length(strip_leading_marks(other.text)) > 0;
      });
    };
    std::vector<Item> group, counts;
    for (const auto& item : whole) (counted_above(item) ? counts : group).push_back(item);
    std::vector<Item> shared, degrees;
    for (const auto& item : group) (degree_length(strip_leading_marks(item.text)) > 0 ? degrees : shared).push_back(item);
    if (degrees.size() >= 2)  // a line naming the kind of the degree above is a note on it
      for (size_t k = degrees.size(); k-- > 1;)
        if (names_postgraduate_kind(degrees[k].text) || restates_award(degrees[k].text)) {
          shared.push_back(degrees[k]);
          degrees.erase(degrees.begin() + static_cast<long>(k));
        }
    if (degrees.size() >= 2) {
      for (const auto& degree : degrees) {
        auto entry = shared;
        entry.push_back(degree);
        std::sort(entry.begin(), entry.end(), [](const Item& a, const Item& b) { return a.line < b.line; });
        result.push_back(std::move(entry));
      }
    } else if (degrees.empty() || !split_before_degree(group, degrees.front().line, result)) {
      result.push_back(group);
    }
    for (const auto& count : counts) result.push_back({count});
  }
  return result;
}

/// "MBA em Gestão de Projetos, FGV": with no school found anywhere else, initials closing the field name it;
/// not the degree's own short form ("Bachelor of Science in Nursing, BSN").
void take_school_initials(EducationEntry& entry) {
  static const std::regex kInitials{R"(^(.+),\s+([A-Z]{2,6})$)"};
  std::smatch initials;
  // A school found elsewhere wins, unless it names no school ("Titulación por promedio" on the line below).
  bool named_school = !entry.institution.empty() && institution_score(entry.institution) > 0;
  if (named_school || !std::regex_match(entry.area, initials, kInitials) || is_region_code(initials[2].str())) return;
  if (degree_length(entry.study_type + " (" + initials[2].str() + ")") > entry.study_type.size()) return;
  entry.institution = initials[2];
  entry.area = initials[1];
}

bool names_credential(std::string_view text) {
  static const std::regex kCredential{
      R"(\b(?:certified|certification|certificate holder|licen[cs]ed?|accredit(?:ed|ation)|LEED|PMP|OSHA|CPR|credential|renewed|awarded)\b|\b(?:Professional|Status) \([A-Z]{2,6}\))",
      std::regex::icase};
  return std::regex_search(text.begin(), text.end(), kCredential);
}

/// "Licenciatura em Gestão, ISCTE – Instituto Universitário de Lisboa": initials before a dash belong to
/// the school named after it, and so does another school name ("TAFE NSW – Nepean College").
void join_school_initials(std::vector<std::string>& parts, const std::vector<Item>& header) {
  static const std::regex kInitials{R"(^(.*?)(?:,\s+|^)([A-Z]{2,6})$)"};
  static const std::regex kAcronym{R"([A-Z]{2,6})"};
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    std::smatch initials;
    // "Serviço Nacional de Aprendizagem Industrial – SENAI": the school's initials after its name.
    if (std::regex_match(parts[i + 1], kAcronym) && degree_length(parts[i + 1]) == 0 && count_words(parts[i]) >= 2 &&
        degree_length(parts[i]) == 0) {
      if (const char* dash = dash_printed_between(header, parts[i], parts[i + 1])) {
        parts[i + 1] = parts[i] + dash + parts[i + 1];
        parts[i].clear();
        continue;
      }
    }
    // "MBA – Harvard Business School": a degree's initials are no school's.
    if (institution_score(parts[i + 1]) == 0 || degree_length(parts[i + 1]) > 0) continue;
    // "TAFE NSW – Nepean College", "Alma Mater Studiorum – Università di Bologna": one school in two names.
    const char* dash = dash_printed_between(header, parts[i], parts[i + 1]);
    if (dash && institution_score(parts[i]) > 0 && degree_length(parts[i]) == 0) {
      parts[i + 1] = parts[i] + dash + parts[i + 1];
      parts[i].clear();
      continue;
    }
    if (!std::regex_match(parts[i], initials, kInitials) || degree_length(initials[2].str()) > 0 ||
        !dash_between(header, initials[2].str(), parts[i + 1]))
      continue;
    parts[i + 1] = initials[2].str() + " – " + parts[i + 1];
    parts[i] = initials[1];
  }
  parts.erase(std::remove_if(parts.begin(), parts.end(), [](const std::string& part) { return trim(part).empty(); }), parts.end());
}

/// "ironhack Madrid" names a school; "berufsbegleitend" alone describes how it was studied.
bool has_capitalised_word(std::string_view piece) {
  auto words = split_words(piece);
  return std::any_of(words.begin(), words.end(), [](const std::string& word) {
    return !word.empty() && !starts_lower(word) && std::isalpha(static_cast<unsigned char>(word[0]));
  });
}

/// "IHK Region Stuttgart – berufsbegleitend", "(part-time)", "en alternance": how the course was taken, no field.
bool names_study_mode(std::string_view part) {
  return study_modes().count(fold_case(strip_brackets(std::string(trim(part))))) > 0 || names_working_time(part);
}

/// "Ausbildung zur Industriekauffrau (IHK)": the credential is the apprenticeship and the trade its field,
/// as "MSc Computer Science" parts into degree and field; "" when no trade is named.
/// "Lehre als Koch", "Berufslehre als Polymechaniker": the Austrian and Swiss apprenticeship, its trade after "als".
static bool match_apprenticeship(const std::string& study_type, std::smatch& parts) {
  static const std::regex kNamedTrade{
      R"(^((?:Duale\s+)?Ausbildung|(?:Berufs)?Lehre)\s+(?:zu[mr]|als)\s+(.+?)(?:\s+\((?:IHK|HWK)\))?$)", std::regex::icase};
  return std::regex_match(study_type, parts, kNamedTrade);
}

std::string trade_of_apprenticeship(const std::string& study_type) {
  std::smatch parts;
  return match_apprenticeship(study_type, parts) ? parts.str(2) : std::string();
}

void part_trade_from_apprenticeship(EducationEntry& entry) {
  // "Heavy Equipment Technician Apprenticeship": the trade named before the English word, read as the field.
  static const std::string kApprenticeship = " Apprenticeship";
  // Its levels or periods ("Levels 1–4") say how far it went, no field of their own.
  if (entry.study_type.ends_with(kApprenticeship)) {
    entry.area = entry.study_type.substr(0, entry.study_type.size() - kApprenticeship.size());
    entry.study_type = "Apprenticeship";
    return;
  }
  std::smatch parts;
  if (!match_apprenticeship(entry.study_type, parts)) return;
  auto trade = parts.str(2);
  // "Ausbildung zum Fachinformatiker | Anwendungsentwicklung": the specialism completes the trade's name.
  // "Berufslehre als Informatikerin EFZ, Swisscom": after a Swiss or Austrian trade, the firm that trained.
  bool lehre = parts.str(1).find("ehre") != std::string::npos;
  if (lehre && !entry.area.empty() && entry.institution.empty()) entry.institution = entry.area;
  entry.area = entry.area.empty() || lehre ? trade : trade + " " + entry.area;
  entry.study_type = parts.str(1);
}

/// "Kaufmann für Versicherungen und Finanzen (IHK)", "Diplôme d'État de Masseur-Kinésithérapeute": a degree whose
/// name holds its field, so the piece after it is where it was earned.
bool names_own_field(const std::string& study_type) {
  // "Abilitazione all'esercizio della professione forense": a licence to practise names its profession.
  static const std::regex kField{
      R"(^(?:Kauf(?:mann|frau)\s+(?:für|im|in)|Dipl(?:o|ô)me\s+d(?:'|’)(?:É|E|é|e)tat\s+(?:de|d(?:'|’))|Abilitazione\s+all(?:'|’)esercizio\s+della)\s*\S)"};
  return std::regex_search(study_type, kField);
}

/// "Berufliche Schule für Spedition" + "Logistik & Verkehr": the rest of the list of subjects a German school is named for.
bool closes_school_list(const std::string& school, const std::string& piece) {
  static const std::regex kNamedFor{R"(\sfür\s+[^\s,]+$)"};  // not "University of Edinburgh" + "Economics and Politics"
  static const std::regex kListEnd{R"(^[^\s,]+\s+(?:&|und|and)\s+[^\s,]+$)"};
  return !starts_lower(piece) && std::regex_search(school, kNamedFor) && std::regex_match(piece, kListEnd) &&
         !is_location(piece) && degree_length(piece) == 0;
}

/// "Affiliated to Visvesvaraya Technological University (VTU)": the university that awards an Indian college's
/// degrees, no part of the college's name.
bool names_affiliation(std::string_view piece) {
  static const std::regex kAffiliated{R"(^\s*\(?affiliated\s+(?:to|with)\s)", std::regex::icase};
  return std::regex_search(piece.begin(), piece.end(), kAffiliated);
}

/// "Infrastruktur und Mobilität", "Economics and Politics": the last subjects of a field listed after the degree's
/// comma, joined by a conjunction; no school, degree or place.
bool lists_subjects(std::string_view piece) {
  static const std::regex kConjunction{R"(\s(?:und|and|et|y|e|en|ed)\s+\S)"};
  // Not a specialisation named by its label ("Curriculum Finanza e Mercati", "Schwerpunkt KI und Robotik").
  static const std::regex kLabelled{
      R"(^(?:curriculum|schwerpunkte?|vertiefung|minor|major|ênfase|enfase|énfasis|enfasis|enfoque|indirizzo|specializ\S*|speciali[sz]ation|concentration|track|option|parcours|afstudeerrichting|richting|focus)\b)",
      std::regex::icase};
  return count_words(piece) <= 5 && std::regex_search(piece.begin(), piece.end(), kConjunction) && !starts_lower(piece) &&
         !std::regex_search(piece.begin(), piece.end(), kLabelled) && institution_score(piece) == 0 && degree_length(piece) == 0 &&
         organisation_score(piece) == 0 && !is_location(piece) && country_code(piece).empty() && digits_of(piece).empty();
}

void read_education_parts(const std::vector<std::string>& parts, EducationEntry& entry) {
  std::vector<std::string> leftover;
  bool after_school = false;  // the previous piece was the school
  // "Practical Nursing Diploma", "Business Administration Diploma": the degree word closing the field.
  // Swiss credentials close the trade's name too: "Kaufmännische Grundbildung EFZ (E-Profil)", "… mit eidg. Fachausweis".
  static const std::regex kTrailingDegree{
      R"(^(.+?)\s+(?:mit\s+)?(Diploma|Certificate|Degree|Diplom|Diplôme|EFZ|EBA|eidg\.\s+Fachausweis|eidg\.\s+Diplom)(?:\s+\([^)]*\))?$)"};
  // "Bachelor of Arts" / "BA, Geography": LinkedIn's short form, parted at its dash, then the field.
  static const std::regex kShortForm{R"(^([A-Z][A-Za-z.]{1,5})(?:,\s*(.+))?$)"};
  bool after_degree = false;
  bool field_open = false;  // the last piece was a degree with its field, no school named yet
  // "Berufsfachschule: KV Winterthur" names the school; "Lehrbetrieb: Stadtwerk Winterthur" the company that trained.
  static const std::regex kFieldLabel{R"(^([^:]{2,30}?)\s*:\s*(.+)$)"};
  std::string labelled_degree;
  for (const auto& piece : education_pieces(parts)) {
    // "Ensino Médio   Concluído", "Bachelor of Arts   In progress": a portal's status chip beside the degree.
    if (names_course_status(piece)) continue;
    std::smatch label;
    if (std::regex_match(piece, label, programme_label()) && entry.area.empty()) {
      entry.area = label.str(1).substr(0, label.str(1).find(", "));  // not the town and mode after it
      continue;
    }
    // "Landesberufsschule Bad Hofgastein · Lehrbetrieb Hotel Seehof": the firm that trained the apprentice, no school.
    if (auto space = piece.find(' '); space != std::string::npos && names_training_company(piece.substr(0, space))) continue;
    // "Studium Wirtschaftsingenieurwesen – Abschluss: Diplom-Wirtschaftsingenieur (FH)": the label names the degree.
    if (auto value = degree_label_value(piece); value && degree_length(*value) > 0) {
      labelled_degree = trim(*value);
      continue;
    }
    // "Niveau : Bac+2", "Level: 7": a portal's level of the degree named above, no degree of its own (not "Nivel:
    // Especialización en Gerencia de Proyectos", which names one).
    static const std::regex kLevelLabel{
        R"(^(?:niveau|nivel|nível|livello|level|niveau d'études|study level)\s*:\s*(?:bac(?:\s*\+\s*\d+)?|\d{1,2}|niveau\s+\d|level\s+\d|[IVX]{1,4})\s*$)",
        std::regex::icase};
    if (std::regex_match(piece, kLevelLabel)) continue;
    // "Título de grado: Contador Público", "Posgrado (en curso): Especialización en …": a label of the level over a degree.
    if (std::regex_match(piece, label, kFieldLabel) && count_words(label.str(1)) <= 4 && digits_of(label.str(1)).empty() &&
        degree_length(label.str(1)) == 0 && institution_score(label.str(1)) == 0 && degree_length(label.str(2)) > 0 &&
        entry.study_type.empty()) {
      read_degree(label.str(2), degree_length(label.str(2)), entry);
      continue;
    }
    // One word saying what kind of school, not a school's name ("Stanford University: M.S. …"), or two as an Indian
    // form pairs them ("Institution / Board: …").
    if (std::regex_match(piece, label, kFieldLabel) &&
        (count_words(label.str(1)) == 1 || (label.str(1).find(" / ") != std::string::npos && count_words(label.str(1)) <= 3))) {
      if (names_training_company(label.str(1))) continue;
      // "Institution / Board", "College / University": a form's label naming the school's kind.
      static const std::regex kSchoolLabel{
          R"(^(?:institution|institute|board|university|college|school)(?:\s*/\s*(?:institution|institute|board|university|college|school))?$)",
          std::regex::icase};
      // "Institution / Board: Maharashtra State Board, Shivaji Science College": the exam board is no school.
      static const std::regex kBoard{R"(^(?:.*\bBoard|CBSE|ICSE|ISC|NIOS)$)"};
      if (std::regex_match(label.str(1), kSchoolLabel) && std::regex_match(label.str(2), kBoard)) continue;
      if ((institution_score(label.str(1)) > 0 || std::regex_match(label.str(1), kSchoolLabel)) && degree_length(label.str(1)) == 0 &&
          degree_length(label.str(2)) == 0) {
        if (entry.institution.empty() || institution_score(entry.institution) == 0) entry.institution = label.str(2);
        continue;
      }
    }
    // "Bachelor of Management" / "(BMgt), Accounting": the degree's short form wrapped onto the next line, read with it
    // (not "(Hons) Computer Science" or "(Part-time), Data Analytics", which the degree's initials do not spell).
    auto close = piece.find(')');
    if (after_degree && piece.starts_with("(") && close != std::string::npos && entry.area.empty() &&
        spells_initials(entry.study_type, piece.substr(1, close - 1))) {
      auto degree = std::exchange(entry.study_type, "");
      read_degree(degree + " " + piece, degree.size(), entry);
      after_degree = false;
      continue;
    }
    // "DCG – Diplôme de Comptabilité et de Gestion": the initials, then the degree they stand for, all one name.
    if (after_degree && entry.area.empty() && spells_initials(piece, entry.study_type) && degree_length(piece) > 0) {
      entry.study_type += " – " + piece;
      continue;
    }
    std::smatch short_form;
    if (std::exchange(after_degree, false) && std::regex_match(piece, short_form, kShortForm) &&
        degree_length(short_form[1].str()) == short_form[1].str().size() && entry.area.empty()) {
      entry.study_type += " - " + short_form[1].str();
      entry.area = short_form[2];
      continue;
    }
    size_t length = degree_length(piece);
    bool school = institution_score(piece) > 0 && length == 0;
    std::smatch trailing;
    if (length == 0 && !school && entry.study_type.empty() && std::regex_match(piece, trailing, kTrailingDegree) &&
        count_words(trailing[1].str()) <= (trailing[2].length() <= 3 || trailing[2].str().starts_with("eidg") ? 6 : 4) &&
        fold_case(trailing[1].str()).find("graduate") == std::string::npos) {
      entry.study_type = trailing[2];
      if (entry.area.empty()) entry.area = trailing[1];
      continue;
    }
    if (length > 0 && entry.study_type.empty()) {
      read_degree(piece, length, entry);
      after_degree = length == piece.size();
      field_open = !entry.area.empty() && entry.institution.empty();
    } else if (std::exchange(field_open, false) && lists_subjects(piece)) {
      entry.area += ", " + piece;  // "M.Sc. Logistik, Infrastruktur und Mobilität, Technische Universität Hamburg"
    } else if (school && entry.institution.empty()) {
      entry.institution = piece;
    } else if (school && after_school && fold_case(piece).find(fold_case(entry.institution)) != std::string::npos) {
      entry.institution = piece;  // "Fachoberschule" / "Staatliche Fachoberschule Kempten": the kind, then its full name
    } else if (school && after_school && entry.institution.find(piece) == std::string::npos && lower_clause_at(piece) == std::string::npos &&
               !opens_with_label(piece) && !names_affiliation(piece)) {  // not "Placements: Roundwood Park School": a remark naming other schools
      entry.institution += ", " + piece;  // "Example College, University of X"
    } else if (after_school && closes_school_list(entry.institution, piece)) {
      entry.institution += ", " + piece;
      continue;
    } else {
      leftover.push_back(piece);
    }
    after_school = school && !entry.institution.empty() && entry.institution.ends_with(piece);
  }
  static const std::regex kProgram{R"(\b(?:program|programme|immersive|course|nanodegree|track)\b)", std::regex::icase};
  static const std::regex kNotSchool{
      R"(^(?:incl|inkl|including|major|minor|minors|concentration|dean|dean's|honou?rs|cum laude|magna|summa|thesis|relevant|coursework|graduate|undergraduate|scholarship|award|mention|con lode|mit auszeichnung|with distinction|final[- ]year|(?:research|capstone) project|dissertation|(?:bachelor|master|diplom|abschluss)arbeit|tesi|mémoire|tcc|leistungskurse?|(?:abitur|pr(?:ü|u)fungs)f(?:ä|a)cher)\b)",
      std::regex::icase};
  static const std::regex kSentenceBreak{R"([a-z]{3}\.\s+[A-Z][a-z])"};
  for (const auto& piece : leftover) {
    if (!digits_of(piece).empty()) continue;  // leftovers of dates ("20XX"), honours with years
    if (std::regex_search(piece, kNotSchool) || states_completion(piece)) continue;  // "Dean's List", "Major in ...", "Graduate"
    if (names_study_mode(piece)) continue;
    // "… Internship Programme. Awarded …": prose, no field ("Univ. Stuttgart", "Computer Science. Minor in …" are short).
    if (count_words(piece) >= 7 && std::regex_search(piece, kSentenceBreak)) continue;
    if (entry.area.empty() && entry.study_type.empty() && std::regex_search(piece, kProgram))
      entry.area = piece;  // "Full-Stack Web Development Program": what was studied
    else if (entry.institution.empty() && entry.study_type.empty() && &piece == &leftover.front() && leftover.size() > 1)
      entry.institution = piece;
    else if (entry.institution.empty() && !names_stream(piece) &&
             (names_school_class(entry.study_type) ||
              (names_school_leaving(entry.study_type) && count_words(piece) >= 2 && degree_length(piece) == 0)))
      entry.institution = piece;
    else if (names_academic_honour(piece.substr(0, piece.find(' ')))) continue;  // "Distinction in Community Medicine": an honour, no field
    else if (entry.institution.empty() && names_own_field(entry.study_type)) entry.institution = piece;  // "Kaufmann für … | AXA"
    else if (entry.area.empty() && (!entry.study_type.empty() || !entry.institution.empty())) entry.area = piece;
    else if (entry.institution.empty() && has_capitalised_word(piece)) entry.institution = piece;  // not "– berufsbegleitend"
  }
  // "Ingeniería de Sistemas" over "Título: Ingeniera de Sistemas": a degree already named stays, the title it confers
  // restates it; a course or an apprenticeship is crowned by the label.
  static const std::regex kCourseOnly{R"(^(?:\w*studium|(?:duale\s+)?(?:berufs)?ausbildung|lehre|umschulung|apprenticeship)\b)",
                                      std::regex::icase};
  bool crowned = entry.study_type.empty() || std::regex_search(entry.study_type, kCourseOnly);
  if (!labelled_degree.empty() && crowned) {
    auto area = entry.study_type.empty() ? std::string() : entry.area;  // "Studium Wirtschaftsingenieurwesen": the field stays
    // "Ausbildung zur Pflegerin, Klinikum Freiburg, Abschluss: Staatliches Examen": the trade is the field, the piece after it the place.
    if (auto trade = trade_of_apprenticeship(entry.study_type); !trade.empty()) {
      if (entry.institution.empty()) entry.institution = area;
      area = trade;
    }
    entry.study_type.clear();
    entry.area.clear();
    read_degree(labelled_degree, degree_length(labelled_degree), entry);
    if (!area.empty()) entry.area = area;
  }
  take_school_initials(entry);
  // "Duale Ausbildung …" / "Hanseatic Cargo Logistik GmbH" / "Berufsschule: …": an apprenticeship is
  // served at the company that trains, so a named company is where it was done.
  static const std::regex kApprenticeship{R"(^(?:duale\s+)?(?:ausbildung|berufsausbildung|lehre|umschulung|apprenticeship))",
                                          std::regex::icase};
  if (!std::regex_search(entry.study_type, kApprenticeship)) return;
  // "Ausbildung zum Kfz-Mechatroniker | Autohaus Müller": the trade is named, so the next piece is where it was served.
  static const std::regex kTrade{R"(\szu[mr]\s)"};
  // Not "Ausbildung zum Fachinformatiker | Anwendungsentwicklung": the trade's specialism, one compound word.
  static const std::regex kSpecialism{
      R"(^(?:(?:Fachrichtung|Schwerpunkt)\s.*|[^\s,]+(?:entwicklung|integration|technik|wesen|wirtschaft|informatik|management))$)"};
  if (entry.institution.empty() && !entry.area.empty() && std::regex_search(entry.study_type, kTrade) &&
      !std::regex_match(entry.area, kSpecialism)) {
    entry.institution = std::exchange(entry.area, "");
    return;
  }
  for (const auto& piece : leftover)
    if (organisation_score(piece) > 0 && institution_score(piece) == 0 && digits_of(piece).empty()) {
      entry.institution = piece;
      if (entry.area.starts_with(piece)) entry.area.clear();  // "Ausbildung zum Industriemechaniker" names its trade
      return;
    }
}

}  // namespace

void read_education_fields(const std::vector<std::string>& parts, EducationEntry& entry) {
  // "Laurea Magistrale in Ingegneria Meccanica, con votazione 110/110": the mark closing a grid's row is its score.
  static const std::regex kLead{R"([,;]?\s*(?:con|with|mit|avec|com)?\s*$)", std::regex::icase};
  std::vector<std::string> kept;
  for (auto part : parts) {
    std::smatch score;
    // Not "Secondary School Certificate, Grade 12": a mark reads as a fraction or a decimal.
    if (std::regex_search(part, score, score_pattern()) && score.position(0) > 0 && score.str(1).find_first_of("/,.") != std::string::npos) {
      if (entry.score.empty()) entry.score = score[1];
      part = std::regex_replace(part.substr(0, static_cast<size_t>(score.position(0))), kLead, "");
    }
    kept.push_back(part);
  }
  read_education_parts(kept, entry);
  part_trade_from_apprenticeship(entry);
}

/// "Certifications: SnowPro Core (2022)", "Activities and societies: …" under Education: a labelled
/// record of another kind, no school.
/// "Zivildienst, Klinikum Landshut", "Freiwilliges Soziales Jahr", "NYSC": a service year listed among the schools.
bool names_service_year(std::string_view text) {
  static const std::regex kService{
      R"(^\s*(?:zivildienst|wehrdienst|grundwehrdienst|bundesfreiwilligendienst|freiwilliges soziales jahr|service civil|servizio civile|servicio militar|military service|national service|nysc)\b)",
      std::regex::icase};
  return std::regex_search(text.begin(), text.end(), kService);
}

bool names_other_record(std::string_view text) {
  static const std::regex label{
      R"(^\s*(?:certifications?|certificates?|licen[cs]es?(?:\s*&\s*certifications)?|activities(?: and societies)?|honou?rs|awards?|zertifikate|certificats?|certificaciones|certificações|courses|cursussen|kurse|cursos|corsi|formations? compl(?:é|e)mentaires?|dissertation|thesis|tesi|tesis|m(?:é|e)moire|diplomarbeit|bachelorarbeit|masterarbeit|abschlussarbeit|scriptie|afstudeerscriptie|trabajo fin de (?:grado|m(?:á|a)ster)|trabalho de conclus(?:ã|a)o de curso)\s*:)",
      std::regex::icase};
  return std::regex_search(text.begin(), text.end(), label);
}

/// "• 2012 - 2015 MSc in Physics (Example University)": dated list items with no
/// header above them are the entries themselves.
std::vector<std::vector<Item>> entry_headers(const Block& block) {
  auto headers = split_by_degrees(split_by_dates(block.header));
  if (!block.header.empty()) return headers;
  for (const auto& bullet : block.bullets)
    if (find_date(bullet.text)) headers.push_back({bullet});
  return headers;
}

/// "Stage Erasmus (fév. – avril 2016) : Hospital Clínico San Carlos, Madrid": a labelled remark dated in brackets,
/// under the degree it was part of; no school's entry.
bool names_dated_remark(const std::string& text) {
  static const std::regex kRemark{R"(^([^():]{2,40}?)\s*\(([^()]*)\)\s*:\s*(\S.*)$)"};
  // Not "Prépa MPSI/MP (2012-2014) : Lycée Louis-le-Grand": a school after the colon makes an entry, unless the
  // label names a stay ("Stage Erasmus (…) : Hospital …").
  static const std::regex kStay{R"(\b(?:stage|erasmus|praktikum|internship|placement|stay|estancia|s(?:é|e)jour|tirocinio|est(?:á|a)gio)\b)",
                                std::regex::icase};
  std::smatch match;
  if (!std::regex_match(text, match, kRemark) || !find_date(match.str(2)) || degree_length(match.str(1)) > 0 ||
      institution_score(match.str(1)) > 0)
    return false;
  return institution_score(match.str(3)) == 0 || std::regex_search(match.str(1), kStay);
}

/// "Verwachte afstudeerdatum: juli 2026", "(verwacht afstuderen: juni 2026)", "expected graduation: May 2027": the
/// date a degree still running is due to end; none when the text names no such date.
std::optional<PartialDate> expected_end(const std::string& text) {
  // "Course-based · Expected April 2027", "Em andamento – conclusão prevista para jun/2027": the word alone before it.
  static const std::regex kExpected{
      R"((?:verwachte?\s+afstudeer\w*|verwacht\s+afstuderen|expected\s+graduation(?:\s+date)?|graduation\s+expected|voraussichtliche[rs]?\s+abschluss|fin\s+pr(?:é|e)vue|previs(?:ã|a)o\s+de\s+conclus(?:ã|a)o|conclus(?:ã|a)o\s+prevista(?:\s+para)?|finalizaci(?:ó|o)n\s+prevista(?:\s+(?:para|en))?|(?:grado|graduaci(?:ó|o)n|egreso|titulaci(?:ó|o)n)\s+(?:esperad[oa]|previst[oa]|estimad[oa])(?:\s+(?:para|en))?|fecha\s+(?:estimada\s+|prevista\s+)?de\s+(?:grado|graduaci(?:ó|o)n|egreso)|laurea\s+prevista|(?:dipl(?:ô|o)me|obtention)\s+pr(?:é|e)vue?|(?:^|[\s·,;(–-])(?:expected|anticipated|voraussichtlich|verwacht))\s*:?\s*(.+)$)",
      std::regex::icase};
  std::smatch match;
  if (!std::regex_search(text, match, kExpected)) return std::nullopt;
  auto date = find_date(match.str(1));
  if (!date || date->range) return std::nullopt;
  return date->start;
}

/// "Exchange semester: Straits University, Singapore (Semester 1, 2016)", "Semestre d'échange à l'Université de
/// Montréal": a term abroad told in one line under a degree, its school in the same line, is a remark on that degree.
/// Set as an entry of its own (its dates in a column, its school on the next line) it is listed as one.
bool names_exchange_remark(const std::string& text) {
  static const std::regex kExchange{
      R"((?:^|[\s.;:,·])((?:(?:Programa|Programme|Estancia|Séjour|Semestre|Semester)\s+Erasmus\+?|Erasmus\+?\s+(?:semester|semestre|exchange|stay|a|à|in|en|em|na|no|nel|nella|at|to|nach|naar|bei|im|aan|bij)|(?:Student\s+)?Exchange\s+(?:semester|program(?:me)?)|Study\s+abroad|Semestre\s+(?:de\s+intercambio|d(?:'|’)échange|de\s+intercâmbio)|Interc(?:â|a)mbio(?:\s+acad(?:ê|e)mico)?|Uitwisselingssemester|Auslandssemester|Austauschsemester)\b)\s*(.*)$)",
      std::regex::icase};
  std::smatch match;
  if (text.find("   ") != std::string::npos || starts_with_date(text) || !std::regex_search(text, match, kExchange)) return false;
  // "Study abroad, London School of Economics, Jan 2018 – May 2018": a stay with a period of its own is an entry; a
  // school year ("curso 2017/2018") or a bracketed term ("(automne 2018)") only dates the remark.
  if (auto date = find_date(text); date && date->range && !inside_brackets(text, date->begin) &&
                                   text.substr(date->begin, date->finish - date->begin).find('/') == std::string::npos)
    return false;
  // "Nota media: 7,9. Estancia Erasmus+ en …": a remark opening the line may come first, but no degree or school.
  auto before = text.substr(0, static_cast<size_t>(match.position(1)));
  if (!before.empty() && (degree_length(text) > 0 || institution_score(before) > 0)) return false;
  static const std::regex kElision{R"(\b[ldLD](?:'|’))"};  // "à l’Université de Montréal"
  return institution_score(std::regex_replace(match.str(2), kElision, "")) > 0;
}

/// "Universidad …, Sevilla" / "Nota media: 8,12. Estancia Erasmus en la Université de Bordeaux (2012–2013).": a term
/// abroad told after the school names no school of the degree.
void drop_exchange_remarks(HeaderFields& fields) {
  bool school_seen = false;
  for (size_t k = 0; k < fields.parts.size();) {
    if (school_seen && names_exchange_remark(fields.parts[k])) {
      erase_part(fields, k);
      continue;
    }
    school_seen = school_seen || institution_score(fields.parts[k]) > 0;
    ++k;
  }
}

/// "Abschluss voraussichtlich 07/2026" without its date: the words that said a degree is due are no field.
void drop_due_words(HeaderFields& fields) {
  static const std::regex kDueWords{
      R"(^(?:(?:abschluss|graduation|degree|diploma|diplôme|conclus(?:ã|a)o|finalizaci(?:ó|o)n)\s+)?(?:voraussichtlich|expected|anticipated|verwacht|pr(?:é|e)vue?|previst[oa])\s*:?$)",
      std::regex::icase};
  for (size_t k = fields.parts.size(); k-- > 0;)
    if (std::regex_match(fields.parts[k], kDueWords)) erase_part(fields, k);
}

/// "Área de concentração: Aprendizado de Máquina · Bolsista CAPES (2018–2019)", "previsão de defesa: dez/2025": a
/// labelled remark naming no degree and no school; not "Zertifikat: Scrum Master (PSM I)", a record of its own, nor
/// "Angestrebter Abschluss: Kfz-Techniker-Meister", which names one.
bool names_labelled_remark(const std::vector<Item>& header) {
  static const std::regex kRecord{R"(\b(?:zertifikat|certificate|certificat|certificado|certificaat|kurs|course|curso|corso|cursus|weiterbildung|formation)\b)",
                                  std::regex::icase};
  const auto& text = header.front().text;
  if (!opens_with_label(text, 4) || std::regex_search(text.substr(0, text.find(": ")), kRecord)) return false;
  return std::none_of(header.begin(), header.end(), [](const Item& item) {
    auto colon = item.text.find(": ");
    auto value = colon == std::string::npos ? std::string() : item.text.substr(colon + 2);
    return degree_length(item.text) > 0 || degree_length(value) > 0 || institution_score(item.text) > 0;
  });
}

/// A header that is only a remark on the degree above it (a mark, a dated or labelled note, a term abroad told in
/// a line): nothing to list. A due date it names ("Verwachte afstudeerdatum: juli 2026") ends that degree.
bool folds_into_degree_above(const std::vector<Item>& header, EducationEntry& above) {
  const auto& text = header.front().text;
  // "Nota media: 8,2. Estancia Erasmus en … (curso 2016-2017)", "GPA 3.8 (2019)": a line opening on a mark (any
  // score label), whatever dates it names.
  if (header.size() == 1 && opens_with_mark(text)) {
    if (std::smatch mark; above.score.empty() && std::regex_search(text, mark, score_pattern())) above.score = mark[1];
    return true;
  }
  if (header.size() == 1 && names_dated_remark(text)) return true;
  if (header.size() == 1 && counts_qualifications(text, above.study_type)) {
    if (above.score.empty()) above.score = text;
    return true;
  }
  if (names_labelled_remark(header)) {
    if (auto due = expected_end(text); due && (above.end.year == 0 || above.end.present)) above.end = *due;
    return true;
  }
  return header.size() <= 2 && !is_date_only(header.back().text) &&
         names_exchange_remark(text + (header.size() == 2 ? " " + header.back().text : ""));
}

/// "Distinction", "Upper Second Class (2:1)", "summa cum laude": a classification printed as its own
/// part is the entry's score, no field of study.
bool names_classification(const std::string& text) {
  static const std::regex kClassification{
      R"(^(?:(?:with )?(?:high )?distinction|merit|pass|commendation|first(?:[- ]class)?(?: honours)?|second[- ]class honou?rs|second[- ]class (?:honou?rs )?\(?(?:upper|lower)(?: division)?\)?|grade [12]|(?:upper|lower) second(?:[- ]class)?(?: honours)?(?: \(2:[12]\))?|third(?:[- ]class)?(?: honours)?|2:[12]|(?:summa |magna )?cum laude|con lode|mention (?:tr(?:è|e)s bien|bien|assez bien)|(?:la plus )?grande distinction|satisfaction|sehr gut|gut|mit (?:ausgezeichnetem|sehr gutem|gutem) erfolg(?: bestanden)?|(?:ausgezeichneter|sehr guter|guter) erfolg|mit auszeichnung(?: bestanden)?)$)",
      std::regex::icase};
  return std::regex_match(text, kClassification);
}

/// "Abschluss mit gutem Erfolg (berufsbegleitend)" -> "mit gutem Erfolg", Belgium's "Grade : Distinction" -> "Distinction":
/// the class, out of the words around it;
/// "" when the piece names none.
std::string classification_in(const std::string& piece) {
  if (names_classification(piece)) return piece;
  static const std::regex kAround{R"(^(?:(?:lehr)?abschluss(?:pr(?:ü|u)fung)?|pr(?:ü|u)fung|(?:grade|mention)\s*:)\s*(.+?)(?:\s*\([^()]*\))?$)",
                                  std::regex::icase};
  std::smatch match;
  return std::regex_match(piece, match, kAround) && names_classification(match.str(1)) ? match.str(1) : "";
}

void take_classification(std::vector<std::string>& parts, EducationEntry& entry) {
  for (auto it = parts.begin(); it != parts.end(); ++it) {
    // "Cardiff University (Distinction)", "University of Liverpool (First Class)": the class in brackets closing a part.
    if (auto open = it->rfind(" ("); open != std::string::npos && it->ends_with(")")) {
      auto inside = it->substr(open + 2, it->size() - open - 3);
      // Not "Upper Second Class (2:1)": a class named twice.
      if (names_classification(inside) && classification_in(it->substr(0, open)).empty()) {
        if (entry.score.empty()) entry.score = inside;
        it->erase(open);
        return;
      }
    }
    // "Baccalauréat S, mention Bien": the classification closing a part after its comma.
    auto comma = it->rfind(", ");
    if (comma != std::string::npos && names_classification(it->substr(comma + 2))) {
      if (entry.score.empty()) entry.score = it->substr(comma + 2);
      it->erase(comma);
      return;
    }
    // "First Class Honours; School Placement: Grade A": the class, then a remark.
    auto piece = classification_in(it->substr(0, it->find("; ")));
    if (piece.empty()) continue;
    if (entry.score.empty()) entry.score = piece;
    parts.erase(it);
    return;
  }
}

/// "Escola Superior Agrária, Instituto Politécnico de Beja", "Centre for Distance Education, Shivaji University",
/// "Instituto Politécnico de Bragança – Escola Superior de Educação": the university, without the faculty of it named
/// beside it. (Not a "College of …" or "School of …", which may be a school of its own: "University of London, School of
/// Oriental and African Studies".)
std::string without_faculty(const std::string& institution) {
  static const std::regex kFaculty{
      R"(^(?:(?:faculty|department|centre|center)\s+(?:of|for)\b|school\s+of\s+(?:law|medicine|business|engineering|economics|nursing|education|management|dentistry|pharmacy|architecture|computing|informatics|music|design|public\s+health|health\s+sciences)$|escola\s+superior|escuela\s+(?:t(?:é|e)cnica\s+)?superior|facultad|faculdade|facolt(?:à|a)|facult(?:é|e)|fakult(?:ä|a)t|fachbereich|ufr\b|iut\b|instituto\s+superior|dipartimento|departamento|d(?:é|e)partement))",
      std::regex::icase};
  static const std::regex kUniversity{
      R"(\b(?:universit(?:y|ät|at|é|e|à|a)|universidad|universidade|universiteit|polit(?:é|e)cnic[oa]|polytechnic|hochschule|institute of technology)\b)",
      std::regex::icase};
  for (std::string_view separator : {", ", " – ", " — ", " - ", " · "}) {
    auto at = institution.find(separator);
    if (at == std::string::npos || institution.find(separator, at + 1) != std::string::npos) continue;
    auto first = institution.substr(0, at), second = institution.substr(at + separator.size());
    bool first_faculty = std::regex_search(first, kFaculty), second_faculty = std::regex_search(second, kFaculty);
    if (first_faculty && !second_faculty && std::regex_search(second, kUniversity)) return second;
    if (second_faculty && !first_faculty && std::regex_search(first, kUniversity)) return first;
  }
  return institution;
}

/// "Bangor University. Thesis: Breathlessness self-management in rural COPD": the thesis after the school's full stop is
/// a remark on the degree, no part of the school's name.
void drop_thesis_remarks(std::vector<std::string>& parts) {
  static const std::regex kThesis{
      R"(\.\s+(?:thesis|dissertation|tesi|tesina|m(?:é|e)moire|masterarbeit|bachelorarbeit|diplomarbeit|tcc|scriptie|tesis|disserta(?:çã|ca)o)\b.*$)",
      std::regex::icase};
  for (auto& part : parts)
    if (part.find(". ") != std::string::npos) part = std::regex_replace(part, kThesis, "");
}

/// The classification on a header's first line, alone or before a dated line below it ("First Class Honours;
/// School Placement: Grade A" / "B.Ed. …, 2010 – 2014"); "" when the first line is anything else.
std::string leading_classification(const std::vector<Item>& header) {
  if (header.empty() || (header.size() > 1 && !std::any_of(header.begin() + 1, header.end(), [](const Item& item) { return find_date(item.text).has_value(); })))
    return "";
  auto first = std::string(trim(header.front().text));
  auto piece = first.substr(0, first.find("; "));
  return names_classification(piece) ? piece : "";
}

/// "Distinction average; Dean's Commendation", "Liste d’honneur du directeur": an honour, not a school.
bool names_academic_honour(std::string_view text) {
  static const std::regex kHonour{
      R"(\b(?:distinction|commendation|dean(?:'|’)?s list|honou?r roll|cum laude|scholarship|prize|liste d(?:'|’)honneur|tableau d(?:'|’)honneur|menci(?:ó|o)n honor(?:í|i)fica|lode)\b)",
      std::regex::icase};
  return std::regex_search(text.begin(), text.end(), kHonour);
}

/// "GCSEs — Westhoughton High School (2012)" over "9 GCSEs grades A*-C including Maths": the same
/// qualification again with no school or date of its own details the entry above.
bool details_degree_above(const EducationEntry& entry, bool dated, const Resume& resume) {
  if (!entry.institution.empty() || dated || entry.study_type.empty() || resume.education.empty()) return false;
  auto bare = [](std::string_view degree) {
    auto folded = fold_case(trim(degree));
    auto start = folded.find_first_not_of("0123456789 ");
    return start == std::string::npos ? std::string() : folded.substr(start);
  };
  // Not "BSc Physics" under "BSc Mathematics, University of Bonn": another field is another degree.
  const auto& above = resume.education.back();
  // "MSc Data Science (with Distinction)" under "MSc Data Science": a note in brackets names no other field.
  static const std::regex kNote{R"(\s*\([^()]*\)\s*)"};
  auto field = [](const std::string& area) { return fold_case(trim(std::regex_replace(area, kNote, " "))); };
  bool same_field = entry.area.empty() || starts_lower(entry.area) || field(entry.area) == field(above.area);
  return same_field && bare(entry.study_type) == bare(above.study_type);
}

namespace {

/// The degree where the entry's header did not give it whole: on the first line below a school that named none,
/// on a labelled line ("Abschluss: Bachelor of Arts (B.A.)"), or after a course of study ("Masterstudium Software
/// Engineering – Dipl.-Ing."); and the field a German course of study names ("Berufsbegleitendes Studium X").
void complete_degree(const std::vector<Item>& header, const Block& block, const std::vector<std::string>& parts, bool last_header,
                     EducationEntry& entry) {
  if (entry.study_type.empty() && !entry.institution.empty() && last_header)
    if (auto degree = degree_opening_details(block); !degree.empty()) read_education_parts({degree}, entry);
  // "Ausbildung zur Pflegerin" over "Abschluss: Staatliches Examen": the exam is the degree, the trade its field.
  auto trade = trade_of_apprenticeship(entry.study_type);
  // "Studium Maschinenbau" over "Abschluss: Master of Science": a bare course of study names no degree.
  static const std::regex kStudies{R"(^(?:bachelor|master|diplom|magister|lehramts|doktorats)?studium$)", std::regex::icase};
  bool bare_studies = std::regex_match(entry.study_type, kStudies);
  if (auto labelled = entry.study_type.empty() || !trade.empty() || bare_studies ? labelled_degree(header, block) : std::nullopt) {
    if (!trade.empty() && entry.area.empty()) entry.area = trade;
    entry.study_type = labelled->first;
    std::smatch score;
    if (entry.score.empty() && std::regex_search(labelled->second, score, score_pattern())) entry.score = score[1];
  }
  if (std::regex_match(entry.study_type, kStudies))
    for (const auto& part : parts)
      if (auto length = degree_length(part); length > 0 && length == trim(part).size() && !std::regex_match(part, kStudies))
        entry.study_type = std::string(trim(part));
  entry.area = subject_of_department(entry.area);
  // "Masterstudium Mechatronik, Abschluss: Dipl.-Ing.": the degree labelled after the field on the course's own line.
  static const std::regex kLabelledAfterField{R"(^(.*?),\s*(?:Abschluss|akademischer Grad)\s*:\s*(.+)$)", std::regex::icase};
  if (std::smatch after; std::regex_match(entry.study_type, kStudies) && std::regex_match(entry.area, after, kLabelledAfterField) &&
                         degree_length(after.str(2)) > 0) {
    entry.study_type = std::string(trim(after.str(2)));
    entry.area = std::string(trim(after.str(1)));
  }
  // "Studium der Sozialen Arbeit (B.A.)": the degree in brackets after the course.
  static const std::regex kBracketed{R"(\s*\(([^()]+)\))"};
  for (const auto& item : header) {
    if (!std::regex_match(entry.study_type, kStudies)) break;
    for (std::sregex_iterator it(item.text.begin(), item.text.end(), kBracketed), none; it != none; ++it)
      if (auto degree = (*it)[1].str(); degree_length(degree) == degree.size()) {
        entry.study_type = degree;
        static const std::regex kArticle{R"(^(?:der|des|im)\s+)", std::regex::icase};
        entry.area = std::regex_replace(std::regex_replace(entry.area, kBracketed, ""), kArticle, "");
        break;
      }
  }
  if (entry.study_type.empty()) return;
  static const std::regex kCourse{
      R"((?:^|\s{2,})(?:(?:berufsbegleitendes|duales|weiterbildendes)\s+)?studium(?:\s+(?:der|des|im))?\s+([^,;]+?)\s*$)", std::regex::icase};
  std::smatch course;
  if (std::regex_search(entry.area, course, kCourse)) entry.area = course[1];
  for (const auto& item : header)
    if (entry.area.empty() && std::regex_search(item.text, course, kCourse)) entry.area = course[1];
}

/// "School:   Sinethemba Senior Secondary School, Khayelitsha", "Centro: ESIC …", "Instituut      : Hogeschool Utrecht",
/// an applicant-tracking form's "Onderwijsinstelling   NHL Stenden Hogeschool" (label and value in cells), its
/// "Hoogst genoten opleiding   HBO-V, …" before the degree:
/// a form's label says what the value is; the label is no word of the school's or degree's name.
void drop_school_label(std::string& text) {
  static const std::regex kLabel{
      R"(^\s*(?:institution|school|university|college|name of (?:school|institution)|centro|centro de estudios|instituut|onderwijsinstelling|institui(?:ç|c)(?:ã|a)o|schule|hochschule|(?:é|É|e)tablissement|istituto|universidad|universidade|hoogst genoten opleiding|highest (?:level of )?education)(?:\s*:|\s{3,}|\t)\s*(?=\S))",
      std::regex::icase};
  text = std::regex_replace(text, kLabel, "", std::regex_constants::format_first_only);
}

}  // namespace

void tidy_institution(std::string& institution) {
  drop_affiliation(institution);
  // "niveau 5 – AFPA d’Angoulême": the qualification's level (France's RNCP, the EQF) before the school's dash.
  static const std::regex kLevel{R"(^(?:niveau|level|nível|nivel|livello|eqf|nqf)\s+\d\s*(?:–|—|-)\s+)", std::regex::icase};
  // "DAV Public School, Sector-6, Rourkela · CBSE": an Indian school's examining board after it.
  static const std::regex kBoard{
      R"(\s*(?:·|\||,|–|-)\s*(?:CBSE|ICSE|ISC|CISCE|NIOS|(?:[A-Z][a-z]+\s+)?State\s+Board|[A-Z]{2,4}BSE)\s*$)"};
  if (institution.find_first_of("0123456789") != std::string::npos) institution = std::regex_replace(institution, kLevel, "");
  if (institution.find("B") != std::string::npos) institution = std::regex_replace(institution, kBoard, "");
  split_off_place(institution, false);  // "OCAD University, Toronto, ON", "Université Paris-Saclay (Orsay)"
  // "…, Sector-6" left before the town: a planned Indian city's sector, an address.
  static const std::regex kSector{R"(,\s*Sector[- ]?\d{1,3}[A-Z]?$)"};
  if (institution.find("Sector") != std::string::npos) institution = std::regex_replace(institution, kSector, "");
}

/// "Studium Wirtschaftsingenieurwesen, Abschluss Diplom-Wirtschaftsingenieur (FH), Hochschule Heilbronn": the degree
/// earned, named after "Abschluss" where the school's name was read, is the degree; the course names the field.
void take_degree_earned(EducationEntry& entry) {
  static const std::regex kEarned{R"(^(?:Abschluss|Abschluß|Abschlussgrad)\s*:?\s+([^,]+?)\s*(?:,\s*(.*))?$)"};
  std::smatch earned;
  if (!std::regex_match(entry.institution, earned, kEarned) || degree_length(earned.str(1)) == 0) return;
  if (entry.area.empty() && !entry.study_type.empty() && degree_length(entry.study_type) == entry.study_type.size()) entry.area.clear();
  entry.study_type = earned.str(1);
  entry.institution = earned.str(2);
  // "…, Schwerpunkt Produktion und Logistik": the course's focus after the school.
  static const std::regex kFocus{R"(,\s*(?:Schwerpunkt|Studienschwerpunkt|Vertiefung(?:srichtung)?)\b.*$)"};
  entry.institution = std::regex_replace(entry.institution, kFocus, "");
}

void parse_education(const SectionText& lines, const Section& section, Resume& resume) {
  Resume table_part;
  if (auto table = parse_education_table(lines, section, table_part))
    return read_around_table(lines, section, *table, resume.education, table_part.education, resume, parse_education,
                             [](size_t below) { return below; });
  if (uses_labelled_education(lines, section)) return parse_labelled_education(lines, section, resume);
  // "Education & Certifications", "Education & Qualifications": the heading says credentials are listed beside the schools.
  static const std::regex kCredentialsHeading{R"(certif|licen[cs]|zertifi|certific|credential|qualifications)", std::regex::icase};
  const bool credentials_beside_schools = std::regex_search(section.heading, kCredentialsHeading);
  for (const auto& block : make_blocks(lines, section)) {
    auto headers = entry_headers(block);
    for (auto& header : headers) {
      // "First Class Honours; School Placement: Grade A" opening the block under a degree: that degree's result.
      if (auto result = leading_classification(header); !result.empty()) {
        if (!resume.education.empty() && resume.education.back().score.empty()) resume.education.back().score = result;
        header.erase(header.begin());
      }
      if (header.empty() || names_other_record(header.front().text)) continue;
      if (std::any_of(header.begin(), header.end(), [](const Item& item) { return names_service_year(item.text); })) continue;
      // "Diplômée en juin 2017 · Stages en médecine …" set apart under the school: when the course above ended.
      if (header.size() == 1 && !resume.education.empty() && opens_with_completion_date(header.front().text) &&
          find_date(header.front().text)->start.year == resume.education.back().end.year)
        continue;
      for (auto& item : header) drop_school_label(item.text);
      if (!resume.education.empty() && folds_into_degree_above(header, resume.education.back())) continue;
      EducationEntry entry;
      auto fields = read_header(header);
      drop_exchange_remarks(fields);
      assign_dates(fields.date, entry.start, entry.end, true);
      // "2023 - heden (verwacht afstuderen: juni 2026)": a running degree's due date is its end.
      for (const auto& item : header)
        if (auto due = entry.end.present ? expected_end(item.text) : std::nullopt) entry.end = *due;
      // "Início: 02/2024 · Previsão de conclusão: 12/2027", "02/2023 – previsão de conclusão 12/2026": one date labelled
      // as the start or opening a range, then a later due date (not "May 2019 (CPA licensure expected 2026)", a due date
      // of something else).
      static const std::regex kStartLabel{
          R"((?:(?:^|[\s|,;(]|·)(?:in(?:í|i)cio|start(?:ed)?|beginn?|d(?:é|e)but|desde|since|seit|a partir de)\s*:?\s*\S*\d|\d{4}\s*(?:–|-|—)\s*(?:previs|conclus|expected|anticipated|voraussichtlich|pr(?:é|e)vu|previst|verwacht)))",
          std::regex::icase};
      bool start_labelled = std::any_of(header.begin(), header.end(), [](const Item& item) { return std::regex_search(item.text, kStartLabel); });
      for (const auto& item : header)
        if (auto due = start_labelled && entry.start.year == 0 && !entry.end.present ? expected_end(item.text) : std::nullopt;
            due && due->iso() > entry.end.iso())
          entry.start = std::exchange(entry.end, *due);
      // "Previsão de conclusão: dezembro de 2026. Linha de pesquisa: …" among the remarks below it, too.
      for (const auto& item : &header == &headers.back() ? block.prose : std::vector<Item>{})
        if (auto due = entry.end.present ? expected_end(item.text) : std::nullopt) entry.end = *due;
      drop_due_words(fields);
      entry.location_in_document = lines.document.lines[header.front().line].location;
      // Ireland's "Second Class Honours, Grade 1" (a 2.1): the grade belongs to the class, no mark of its own.
      static const std::regex kGradedClass{R"((?:first|second|third)[- ]class honou?rs,?\s*(?:grade|division)\s*[12]\b)", std::regex::icase};
      for (const auto& item : header) {
        std::smatch match;
        if (entry.score.empty() && std::regex_search(item.text, match, kGradedClass)) entry.score = match[0];
        if (entry.score.empty() && std::regex_search(item.text, match, score_pattern())) entry.score = match[1];
      }
      split_degrees_in_brackets(fields.parts);
      drop_thesis_remarks(fields.parts);
      take_classification(fields.parts, entry);
      join_school_initials(fields.parts, header);
      read_education_parts(fields.parts, entry);
      entry.institution = without_faculty(entry.institution);
      // "Landstede, Zwolle", "Naas CBS, Naas, Co. Kildare" read as a place: a school no lexicon knows, before its town.
      if (entry.institution.empty() && !entry.study_type.empty() && place_opens_with_name(fields.location))
        entry.institution = fields.location.substr(0, fields.location.find(", "));
      // "Project Management Professional (PMP), Project Management Institute — 2017" under "Education &
      // Certifications": a credential, no school attended.
      if (entry.study_type.empty() && credentials_beside_schools && names_credential(header.front().text)) continue;
      if (entry.institution.empty() && &header == &headers.back()) entry.institution = school_opening_prose(block, lines, entry);
      complete_degree(header, block, fields.parts, &header == &headers.back(), entry);
      drop_study_mode(entry.institution);
      entry.institution = std::regex_replace(entry.institution, site_after_name(true), "");  // the site where it was done
      // "University of Aberdeen. Distinction.": an academic CV's remark after the school's full stop.
      if (auto stop = entry.institution.find(". "); stop != std::string::npos && ends_in_word(entry.institution.substr(0, stop)) &&
                                                     institution_score(entry.institution.substr(0, stop)) > 0)
        entry.institution.erase(stop);
      drop_unit_from_another_line(entry.institution, header);
      take_degree_earned(entry);
      tidy_institution(entry.institution);
      // "Politecnico di Torino, sessione II/2016": the clause is no part of the name.
      if (auto clause = lower_clause_at(entry.institution); clause != std::string::npos) entry.institution.erase(clause);
      if (entry.institution.empty() && entry.study_type.empty()) continue;
      // "Finance, Principles of Management" under a coursework heading: no school, degree or date.
      if (entry.study_type.empty() && !fields.date && institution_score(entry.institution) == 0) continue;
      // "Distinction average; Dean's Commendation … 2015", "Liste d’honneur du directeur (2015, 2016)": an honour
      // with its year under the degree, no school of its own.
      if (entry.study_type.empty() && institution_score(entry.institution) == 0 && names_academic_honour(entry.institution)) continue;
      if (details_degree_above(entry, fields.date.has_value(), resume)) continue;
      part_trade_from_apprenticeship(entry);
      resume.education.push_back(std::move(entry));
    }
  }
}

namespace {

/// Characters of `chars` in `text` outside round or square brackets.
size_t count_outside_brackets(std::string_view text, std::string_view chars) {
  size_t count = 0;
  int depth = 0;
  for (char c : text) {
    if (c == '(' || c == '[') ++depth;
    else if ((c == ')' || c == ']') && depth > 0) --depth;
    else if (depth == 0 && chars.find(c) != std::string_view::npos) ++count;
  }
  return count;
}

/// Commas, semicolons, middle dots and bars between a list's items ("Google Analytics 4 · Google").
size_t list_separators(std::string_view text) {
  size_t dots = 0;
  for (const char* dot : {" · ", " • ", " | "})
    for (auto at = text.find(dot); at != std::string_view::npos; at = text.find(dot, at + 1)) ++dots;
  return count_outside_brackets(text, ",;") + dots;
}

bool ends_list_separator(std::string_view text) {
  text = trim(text);
  return text.ends_with(",") || text.ends_with(";") || text.ends_with("·") || text.ends_with("•") || text.ends_with("|");
}

/// Splits "Go, Python; SQL | Docker" on separators outside brackets.
/// "▸ Triage ▸ Trauma care": the byte length of a list mark opening an item at `at` (at the start or after a
/// space), 0 when none; dashes and arrows between words ("Excel – advanced") part nothing.
size_t list_glyph_at(std::string_view text, size_t at) {
  // Shapes that mark items; not ticks, arrows or ratings ("Excel ✔ (advanced)", "React ⇒ Redux", "Python ◆◆◆◇").
  static const char* const kMarks[] = {"•", "●", "▪", "◦", "■", "➢", "►", "▸", "▹", "‣", "⋄", "❖", "➤", "∙", "⋅", "\uF0B7", "\uF0A7"};
  if (at > 0 && text[at - 1] != ' ') return 0;
  for (const char* mark : kMarks) {
    auto length = std::string_view(mark).size();
    if (!text.substr(at).starts_with(mark)) continue;
    bool item_follows = at + length + 1 < text.size() && text[at + length] == ' ' &&
                        static_cast<unsigned char>(text[at + length + 1]) < 0x80 && text[at + length + 1] != '(';
    return item_follows || at + length == text.size() ? length : 0;
  }
  return 0;
}

/// "SAP FI/CO - Tango Gestión - Holistor" parts names; not "MS Office 2013 - 2019", "Python – 5 years" or a label
/// opening the row ("Languages - English - German").
bool dash_parts_name_things(std::string_view text) {
  static const std::regex kPart{R"(\s+(?:-|–)\s+)"};
  auto line = std::string(text);
  bool first = true;
  for (std::sregex_token_iterator it(line.begin(), line.end(), kPart, -1), end; it != end; ++it, first = false) {
    auto part = std::string(trim(it->str()));
    if (part.empty() || std::isdigit(static_cast<unsigned char>(part[0]))) return false;
    if (first && !canonical_section(part).canonical.empty()) return false;
  }
  return true;
}

std::vector<std::string> split_items(std::string_view original) {
  // "Deswik.CAD ●●●●● Deswik.Sched ●●●●●": a rating drawn after each skill parts them as a comma would.
  // Not "★★★★★ 4.9 Oct 16", a client's rating opening the line.
  static const std::regex kRatingRun{R"(([^\s●○◉◯★☆◆◇])\s*(?:●|○|◉|◯|★|☆|◆|◇){2,}(?=\s|$))"};
  // Only between skills: one rating closing the line is dropped with it elsewhere, and its gaps may part cells.
  std::string rated(original);
  if ((rated.find("\xE2\x97") != std::string::npos || rated.find("\xE2\x98") != std::string::npos) &&
      std::distance(std::sregex_iterator(rated.begin(), rated.end(), kRatingRun), std::sregex_iterator()) >= 2)
    rated = std::regex_replace(rated, kRatingRun, "$1,");
  std::string_view text = rated;
  // Column gaps separate items only in a grid; with commas they are justification. Commas inside brackets
  // are an item's own ("SPED (ECD, ECF)     Excel avançado": two grid cells).
  bool explicit_separators = count_outside_brackets(text, ",;|") > 0 ||
                             text.find("•") != std::string_view::npos || text.find("·") != std::string_view::npos ||
                             text.find("●") != std::string_view::npos || text.find("∙") != std::string_view::npos;
  // "Kubernetes  Terraform  AWS  GCP": tags in boxes set apart by wider gaps than words.
  int wide_gaps = 0;
  for (size_t at = text.find("  "); at != std::string_view::npos; at = text.find("  ", text.find_first_not_of(' ', at)))
    ++wide_gaps;
  bool tag_row = wide_gaps >= 2;
  // "Menu development and costing / Stock control and ordering / …": spaced slashes part a list with no commas
  // (one alone joins two names of one thing: "Python / Django").
  auto spaced = [&](std::string_view separator) {
    int count = 0;
    for (size_t at = text.find(separator); at != std::string_view::npos; at = text.find(separator, at + separator.size()))
      count += inside_brackets(text, at) ? 0 : 1;
    return count;
  };
  bool no_separators = count_outside_brackets(text, ",;|") == 0;
  bool slash_list = no_separators && spaced(" / ") >= 2;
  // "SAP FI/CO - Tango Gestión - Holistor": spaced dashes part a list likewise.
  bool dash_list = no_separators && !slash_list && spaced(" - ") + spaced(" – ") >= 2 && dash_parts_name_things(text);
  std::vector<std::string> items;
  std::string current;
  int depth = 0;
  auto flush = [&] {
    auto item = std::string(trim(current));
    while (!item.empty() && (item.back() == '.' || item.back() == ',')) item.pop_back();
    if (!item.empty()) items.push_back(std::string(trim(item)));
    current.clear();
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '(' || c == '[') ++depth;
    if ((c == ')' || c == ']') && depth > 0) --depth;
    bool separator = depth == 0 && (c == ',' || c == ';' || c == '|' || c == '\t');
    // "apprenti·e·s": French inclusive writing puts the dot inside a word, no list between.
    if (depth == 0 && text.substr(i).starts_with("·") && !is_inclusive_dot(text, i)) { flush(); i += 1; continue; }
    if (auto length = list_glyph_at(text, i); depth == 0 && length > 0) {
      flush();
      i += length - 1;
      continue;
    }
    if (depth == 0 && slash_list && text.substr(i).starts_with(" / ")) {
      flush();
      i += 2;
      continue;
    }
    if (depth == 0 && dash_list && (text.substr(i).starts_with(" - ") || text.substr(i).starts_with(" – "))) {
      flush();
      i += text.substr(i).starts_with(" - ") ? 2 : 4;
      continue;
    }
    if (depth == 0 && !explicit_separators && text.substr(i).starts_with(tag_row ? "  " : "   ")) {
      while (i + 1 < text.size() && text[i + 1] == ' ') ++i;
      flush();
      continue;
    }
    if (separator) { flush(); continue; }
    current.push_back(c);
  }
  flush();
  return items;
}

/// "| --- | :---: |": the rule under a Markdown table's header row.
bool is_markdown_rule(std::string_view text) {
  return text.size() >= 3 && text.front() == '|' && text.find('-') != std::string_view::npos &&
         text.find_first_not_of("|-: ") == std::string_view::npos;
}

bool is_level_word(const std::string& item);

/// "★★☆", "●●●○○", "Ottimo": a rating cell, no skill.
bool is_rating_cell(const std::string& cell) {
  bool letters = std::any_of(cell.begin(), cell.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
  return !letters || is_level_word(cell);
}

/// Skill lines with wrapped continuations joined ("..., Tailwind" / "CSS, React Query").
/// "| **Languages** | Go, Python |" in a Markdown table: "Languages: Go, Python"; the rule and empty
/// header rows ("|---|---|", "| | |") hold nothing.
std::string markdown_row(const std::string& text) {
  if (text.size() < 2 || text.front() != '|' || text.back() != '|') return text;
  std::vector<std::string> cells;
  for (auto& cell : pipe_cells(text))
    if (!cell.empty() && cell.find_first_not_of("-: ") != std::string::npos) cells.push_back(std::move(cell));
  // "| Visualisierung | WinCC Unified, WinCC flexible | ★★☆ |": a group, its items, then their rating.
  // Not "| Python | 6 years | Expert |": the second cell must list the group's items.
  if (cells.size() >= 3 && cells[1].find(',') != std::string::npos && std::all_of(cells.begin() + 2, cells.end(), is_rating_cell))
    cells.resize(2);
  if (cells.size() == 2) return cells[0] + ": " + cells[1];
  return join(cells, ", ");
}

std::vector<std::string> split_items(std::string_view text);

/// "90 %   85 %": a row of percentages alone, gauges' levels (not "SEO 90 %", a skill with its level).
bool percentages_only(const std::string& text) {
  static const std::regex kLevels{R"(^\s*(?:\d{1,3}\s?%\s*)+$)"};
  return text.find('%') != std::string::npos && std::regex_match(text, kLevels);
}

/// "Ferramentas  UX  Outros" in bold over their items set in the same columns: the groups read column by
/// column ("UX: Pesquisa com usuários, …"). `end` is past the grid's last line; nothing when no such grid.
std::vector<std::string> read_label_grid(const SectionText& lines, size_t first, size_t stop, size_t& end) {
  const Line& top = lines.document.lines[first];
  auto labels = cells_of(top);
  end = first;
  bool bold_labels = std::all_of(top.runs.begin(), top.runs.end(), [](const TextRun& run) { return run.bold || trim(run.text).empty(); });
  // "90 %   85 %" set bold in two gauges: levels over the names they measure, no labels.
  if (labels.size() < 2 || !bold_labels || percentages_only(top.text)) return {};
  // "HABILIDADE   EXPERIÊNCIA   NÍVEL": a skills matrix's header names its fields; its rows are read across.
  if (names_skill_matrix(labels)) return {};
  std::vector<std::vector<std::string>> columns(labels.size());  // each column's lines, top to bottom
  size_t next = first + 1;
  for (; next < stop; ++next) {
    const Line& line = lines.document.lines[next];
    if (line.runs.empty() || std::any_of(line.runs.begin(), line.runs.end(), [](const TextRun& run) { return run.bold; })) break;
    std::vector<std::string> row(labels.size());
    std::vector<double> row_end(labels.size(), 0);
    bool fits = true;
    for (const auto& run : line.runs) {  // each run in the column whose label starts at or left of it
      if (!run.location.box || trim(run.text).empty()) continue;
      size_t column = labels.size();
      for (size_t k = 0; k < labels.size(); ++k)
        if (run.location.box->x0 >= labels[k].x0 - 4) column = k;
      fits = fits && column < labels.size();
      if (!fits) continue;
      // "Python (pandas, scikit-learn)      sehr gut": a level set apart in the item's column is no part of it.
      bool apart = !row[column].empty() && run.location.box->x0 - row_end[column] > 2 * std::max(run.size, 4.0);
      if (apart && is_level_word(std::string(trim(run.text)))) continue;
      row[column] += (row[column].empty() ? "" : " ") + std::string(trim(run.text));
      row_end[column] = run.location.box->x1;
    }
    if (!fits) break;
    for (size_t k = 0; k < labels.size(); ++k)
      if (!row[k].empty()) columns[k].push_back(row[k]);
  }
  if (next < first + 2) return {};
  end = next;
  std::vector<std::string> groups;
  for (size_t k = 0; k < labels.size(); ++k) {
    // A column listing with commas wraps its lines mid-item ("Testes de" / "usabilidade"); one without
    // sets an item per line ("Figma" / "Sketch").
    bool commas = std::any_of(columns[k].begin(), columns[k].end(), [](const std::string& text) { return count_outside_brackets(text, ",") > 0; });
    std::string text;
    for (const auto& cell : columns[k]) {
      // "Excel (tabelas dinâmicas, PROCV," over "macros)": a bracket left open goes on with the next line.
      bool goes_on = commas || text.ends_with(',') || leaves_bracket_open(text);
      text += (text.empty() ? "" : goes_on ? " " : ", ") + cell;
    }
    auto items = split_items(text);
    // "Skill  Level" over "Java  Expert": the level column names no skills.
    if (items.empty() || std::all_of(items.begin(), items.end(), [](const std::string& item) { return is_level_word(item); })) continue;
    groups.push_back(labels[k].text + ": " + text);
  }
  return groups;
}

/// "Technical   Setting out   Reading plans & specs" with only the first cell in bold: that cell labels the row's
/// items, so it is written as a label ("Technical: Setting out   …").
void label_bold_first_cell(const Line& line, std::string& text) {
  auto cells = cells_of(line);
  size_t gap = rail_label_length(text);
  // "Calcul  Patran/Nastran, HyperMesh": a label in a type of its own (bold, small capitals) set in a rail close before
  // its list, the gap under three spaces.
  if (line.runs.empty()) return;
  const TextRun& first = line.runs.front();
  auto other_type = [&](const TextRun& run) {
    return run.bold != first.bold || run.italic != first.italic || run.font != first.font || std::abs(run.size - first.size) > 0.3;
  };
  bool worded = std::any_of(first.text.begin(), first.text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
  if (gap == 0 && line.runs.size() >= 2 && worded && count_words(first.text) <= 3 && text.find(':') == std::string::npos &&
      std::all_of(line.runs.begin() + 1, line.runs.end(), [&](const TextRun& run) { return other_type(run) && !run.bold; })) {
    auto label = std::string(trim(line.runs.front().text));
    if (text.starts_with(label) && text.find(',', label.size()) != std::string::npos && text.compare(label.size(), 2, "  ") == 0)
      text = label + ":" + text.substr(label.size());
    return;
  }
  if (cells.size() < 3 || gap == 0 || text.find(':') != std::string::npos || trim(std::string_view(text).substr(0, gap)) != cells.front().text)
    return;
  bool label_bold = false, rest_bold = false;
  for (const auto& run : line.runs) {
    if (trim(run.text).empty() || !run.location.box) continue;
    (run.location.box->x0 < cells[1].x0 ? label_bold : rest_bold) |= run.bold;
    if (run.location.box->x0 < cells[1].x0 && !run.bold) return;
  }
  if (label_bold && !rest_bold) text = cells.front().text + ":" + text.substr(gap);
}

/// "Skill   Experience   Level": a table's header row, every cell naming a column.
bool names_columns_only(std::string_view line) {
  std::vector<Cell> cells;
  for (auto& text : split_cells(line)) cells.push_back({0, 0, std::move(text)});
  return names_skill_matrix(cells);
}

/// "Java   17   2024   9 Years 0 Months", "Figma   Advanced": a skill, then how much of it; not "Programming
/// Python, Java   Advanced" (a group's list) nor "Soft skills   Leadership, Communication" after the table.
bool measures_skill(const std::vector<std::string>& cells) {
  return cells.size() >= 2 && std::all_of(cells.begin() + 1, cells.end(), [](const std::string& cell) {
           return cell.find(',') == std::string::npos && count_words(cell) <= 4;
         });
}

/// "Skill Name   Version   Last Used   Experience" (Naukri's "IT Skills"): a table whose first column names the
/// skill; the cells after it say how much of it, no skills of their own.
bool heads_skill_table(std::string_view text) {
  static const std::set<std::string, std::less<>> kSkillColumns = {
      "skill", "skills", "skill name", "technology", "technologies", "tool", "tools", "software", "it skill", "it skills",
      "tecnología", "tecnologías", "herramienta", "conocimiento", "technologie", "compétence", "outil", "tecnologia",
      "ferramenta", "competência", "strumento", "competenza", "vaardigheid", "kenntnis", "werkzeug"};
  // Not "Tools   Figma   Maze   Jira": the other cells name measures of the skill.
  static const std::set<std::string, std::less<>> kMeasures = {
      "version", "last used", "experience", "years", "exp", "level", "proficiency", "rating", "years of experience", "since",
      "años de experiencia", "años", "nivel", "último uso", "versión", "experiencia", "années d'expérience", "niveau",
      "dernière utilisation", "anos de experiência", "nível", "anni di esperienza", "livello", "ultimo utilizzo",
      "jaren ervaring", "laatst gebruikt", "jahre erfahrung", "erfahrung", "zuletzt genutzt", "kenntnisstand"};
  if (text.find("   ") == std::string_view::npos && text.find('\t') == std::string_view::npos) return false;  // every skill line
  auto cells = split_cells(text);
  return cells.size() >= 3 && kSkillColumns.count(fold_case(cells.front())) > 0 &&
         std::all_of(cells.begin() + 1, cells.end(), [](const std::string& cell) { return kMeasures.count(fold_case(cell)) > 0; });
}

/// The first cells of a skills table's rows when line `i` heads one; `end` becomes the line after its last row.
std::vector<std::string> skill_table_items(const SectionText& lines, size_t i, size_t section_end, size_t& end) {
  std::vector<std::string> items;
  if (!heads_skill_table(layout_text(lines.document.lines[i]))) return items;
  for (end = i + 1; end < section_end; ++end) {
    auto cells = split_cells(layout_text(lines.document.lines[end]));
    if (!measures_skill(cells)) break;
    items.push_back(cells.front());
  }
  return items;
}

/// "Computer: MS Office, Minitab": a line that opens on a group's label of its own (short, before a colon) with its
/// items after it.
bool take_label_preview(std::string_view line) {
  auto text = trim(line);
  auto colon = text.find(':');
  return colon != std::string_view::npos && colon > 0 && colon < 40 && count_words(text.substr(0, colon)) <= 4 &&
         !trim(text.substr(colon + 1)).empty();
}

std::vector<std::string> skill_lines(const SectionText& lines, const Section& section,
                                     std::vector<bool>* listed = nullptr, std::vector<bool>* bold = nullptr) {
  std::vector<std::string> joined;
  int bullet_indent = -1;
  const auto& right_edges = lines.page_edges;
  size_t source = 0;  // the line joined.back() last took text from
  bool breaks_after_separators = false;
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    size_t grid_end = i;
    auto groups = skill_table_items(lines, i, section.end_line, grid_end);
    if (groups.empty()) groups = read_label_grid(lines, i, section.end_line, grid_end);
    if (!groups.empty()) {
      for (auto& group : groups) {
        joined.push_back(std::move(group));
        if (listed) listed->push_back(false);
        if (bold) bold->push_back(false);
      }
      i = grid_end - 1;
      continue;
    }
    const Line& line = lines.document.lines[i];
    if (line.zone == Zone::Header || line.zone == Zone::Footer) continue;  // "Seite 3 - Lebenslauf von …" at the page's foot
    // "| Area | Tools |" over "| --- | --- |": a Markdown table's header row names its columns, no skills.
    if (i + 1 < section.end_line && is_markdown_rule(trim(lines.text[i + 1])) && trim(lines.text[i]).starts_with("|")) continue;
    auto text = markdown_row(std::string(trim(lines.text[i])));
    if (text.empty() || is_profile_metadata(text)) continue;
    label_bold_first_cell(line, text);  // before the wrap tests: a labelled line opens an item
    // Not "Airflow" / "dbt": after a short item, a tool named in lower case is the next item, no wrap.
    // Nor "Emergency & exit lighting" / "simPRO, Procore": a brand in camel case opens the next item.
    auto first_word = std::string_view(text).substr(0, text.find(' '));
    bool camel_case = std::any_of(first_word.begin(), first_word.end(), [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    bool lower_start = std::islower(static_cast<unsigned char>(text[0])) && !joined.empty() &&
                       joined.back().back() != ',' && !line.block_start && !line.list_item && !has_contact_detail(text) &&
                       count_words(joined.back()) > 3 && !camel_case;
    // "Backend: Go, Distributed" / "Systems, Kafka": a labelled list broken inside an item.
    bool mid_item = !joined.empty() && !line.list_item && !line.block_start && text.find(':') == std::string::npos &&
                    rail_label_length(text) == 0 &&
                    (joined.back().find(':') != std::string::npos || rail_label_length(joined.back()) > 0) &&
                    // A line cut in a narrow sidebar ("Windows Server" / "2016/2019/2022, Debian"): a version goes on.
                    (joined.back().find(',') != std::string::npos ||
                     (fills_line(lines, right_edges, source, i) && (std::isdigit(static_cast<unsigned char>(text[0])) || starts_lower(text)))) &&
                    joined.back().back() != ',' && joined.back().back() != '.' && text.find(',') != std::string::npos;
    // "Virtualisierung: VMware vSphere," / "Proxmox VE, Hyper-V": a labelled list left on a separator goes on below.
    bool labelled_goes_on = !joined.empty() && !line.list_item && !line.block_start && text.find(':') == std::string::npos &&
                            rail_label_length(text) == 0 && joined.back().find(':') != std::string::npos &&
                            ends_list_separator(joined.back());
    // "Microsoft Excel (pivot tables, XLOOKUP, Power" / "Query)": a bracket left open goes on below.
    bool open_bracket = !joined.empty() && !line.list_item &&
                        leaves_bracket_open(joined.back());
    // "▸ Plan de développement des" / "compétences": an item broken after a link word.
    // "ZVK- und" / "Arterienmanagement": a link word, not a comma, may also go on in capitals.
    // "TypeScript /" / "Angular": a slash or ampersand left at the end joins the next name too.
    bool after_connector = !joined.empty() && !line.list_item && ends_with_connector(joined.back()) &&
                           (starts_lower(text) || (!line.block_start && (std::isalpha(static_cast<unsigned char>(joined.back().back())) ||
                                                                         joined.back().back() == '/' || joined.back().back() == '&')));
    // "Healthcare Interoperability" / "(HL7/FHIR)": a bracket alone on its line closes the item above.
    // "…, MS Excel" / "(pivot tables, VLOOKUP), cycle counting": a bracket opening the line qualifies the item left
    // open above.
    bool bracket_tail = !joined.empty() && !line.list_item && text.front() == '(' &&
                        ((text.back() == ')' && count_words(text) <= 3) ||
                         (!line.block_start && !ends_list_separator(joined.back()) && list_separators(joined.back()) >= 1));
    // "…, Post-" / "Mortem-Analyse", "Franzö-" / "sisch": a word broken at the margin goes on.
    bool broken_word = !joined.empty() && !line.list_item && ends_in_word_hyphen(joined.back()) &&
                       text.find(':') == std::string::npos && std::isalpha(static_cast<unsigned char>(text[0]));
    // "…, Microsoft Office, Adobe" / "Acrobat Pro": a list set as a paragraph, cut where the line was full.
    // Not "Frameworks" over "React, Node.js": a word alone over the next list labels it.
    // Not over a line with its own label ("Apparatus" over "Computer: MS Office, Minitab": the word ends the list above).
    bool labels_next = text.find(',') == std::string::npos && i + 1 < section.end_line &&
                       lines.text[i + 1].find(',') != std::string::npos && !take_label_preview(lines.text[i + 1]);
    // A paragraph's last line ends it: "Docker" / "Certified Scrum Master" / "Full clean driving licence" are items.
    bool ends_paragraph = text.find(',') != std::string::npos || i + 1 == section.end_line || take_label_preview(lines.text[i + 1]) ||
                          lines.document.lines[i + 1].block_start || trim(lines.text[i + 1]).empty();
    if (!canonical_section(text).canonical.empty()) labels_next = true;  // "Languages", "Interests": a heading below
    bool paragraph_wrap = !joined.empty() && !line.list_item && text.find(':') == std::string::npos && rail_label_length(text) == 0 &&
                          !labels_next && ends_paragraph && list_separators(joined.back()) >= 3 && !ends_list_separator(joined.back()) &&
                          joined.back().back() != '.' && fills_line(lines, right_edges, source, i) &&
                          same_look(lines.document.lines[source], line);  // not a heading in other type below
    // "Excel (VBA), Bloomberg Terminal," / "S&P Capital IQ, Power BI, SAP" / "S/4HANA, Anaplan": where the list's
    // lines broke after a separator (above, or on this line: "Microservices, Domain-Driven" / "Design, Event-Driven
    // Architecture,"), one that ends without it broke inside an item.
    bool cut_in_item = !joined.empty() && !line.list_item && !line.block_start && text.find(':') == std::string::npos &&
                       rail_label_length(text) == 0 &&
                       (breaks_after_separators || (ends_list_separator(text) && list_separators(joined.back()) <= 1)) &&
                       !ends_list_separator(joined.back()) &&
                       fills_line(lines, right_edges, source, i) &&
                       joined.back().back() != '.' && list_separators(joined.back()) >= 1 && list_separators(text) >= 1 &&
                       same_look(lines.document.lines[source], line);
    if (line.block_start || list_separators(text) == 0) breaks_after_separators = false;
    if (ends_list_separator(text)) breaks_after_separators = true;
    paragraph_wrap = paragraph_wrap || cut_in_item;
    lower_start = lower_start || mid_item || labelled_goes_on || open_bracket || after_connector || bracket_tail || broken_word || paragraph_wrap;
    bool wrapped = ((!line.list_item && bullet_indent >= 0 && !line.block_start && indent_of(line) > bullet_indent &&
                     text.find(':') == std::string::npos && !joined.empty()) ||
                    lower_start) &&
                   bullet_glyph_length(text) == 0;  // "— Revenue management": a marked item, past a rail label's wrap
    if (wrapped) {
      append_wrapped(joined.back(), text);
      source = i;
      continue;
    }
    source = i;
    bullet_indent = line.list_item ? marker_indent(line) : -1;
    joined.push_back(std::string(trim(std::string_view(text).substr(bullet_glyph_length(text)))));  // "\uF0B7 Sage 50", "— Figma"
    if (listed) listed->push_back(line.list_item || bullet_glyph_length(text) > 0);
    if (bold) bold->push_back(style_of(line).bold);
  }
  return joined;
}

/// "Advanced in SQL", "Proficient in Python": the proficiency is not the skill ("Advanced Life Support" is one).
std::string drop_proficiency(const std::string& item) {
  static const std::regex kLevel{
      R"(^(?:advanced|proficient|familiar|experienced|expert|intermediate|basic|working knowledge|knowledge|fluent|strong)\s+(?:in|with|of)\s+)",
      std::regex::icase};
  // "Esperto React", "Avanzado Docker": a card's level set over its first tool, read into it. A Romance level leads
  // no tool's name (that is "Excel avanzato"), so before a capital it is the level.
  static const std::regex kRomanceLevel{
      R"(^(?:Esperto|Esperta|Avanzato|Avanzata|Intermedio|Experto|Experta|Avanzado|Avanzada|Básico|Básica|Avançado|Avançada|Intermediário|Intermediária|Avancé|Avancée|Intermédiaire|Débutant|Débutante|Experte)\s+(?=[A-Z0-9.]))"};
  // "basiskennis JavaScript", "Grundkenntnisse in SQL", "noções de Python": a basic knowledge of the tool named after it.
  static const std::regex kBasics{R"(^(?:[Bb]asiskennis(?: van)?|[Gg]rundkenntnisse in|[Nn]otions de|[Nn]oções de|[Nn]ociones de)\s+(?=[A-Z0-9]))"};
  std::string skill = item;
  for (const std::regex* level : {&kLevel, &kRomanceLevel, &kBasics}) skill = std::regex_replace(skill, *level, "");
  return skill;
}

/// "Languages: Go, Python" or "Back-end      Koa, Express" (a label in a column).
std::string take_group_label(std::string& text) {
  // "CAD 2D ........... AutoCAD": a label led to its items by dots, as typed in plain text.
  static const std::regex kDotLeader{R"(^\s*([^.]{2,40}?)\s*(?:\.{3,}|…+)\s*(\S.*)$)"};
  std::smatch leader;
  if (std::regex_match(text, leader, kDotLeader)) {
    auto label = std::string(trim(leader.str(1)));
    text = leader.str(2);
    return label;
  }
  auto colon = text.find(':');
  // "Test management e bug tracking: Jira": two fields joined by a connector may take a fifth word.
  static const std::regex kJoined{R"(\s(?:e|and|und|et|y|en|&)\s)"};
  auto words = colon == std::string::npos ? 0 : count_words(text.substr(0, colon));
  bool joined = words == 5 && std::regex_search(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon), kJoined);
  if (colon != std::string::npos && colon < 40 && (words <= 4 || joined)) {
    auto label = std::string(trim(text.substr(0, colon)));
    text = text.substr(colon + 1);
    return label;
  }
  size_t gap = rail_label_length(text);
  // Europass's "Competenze professionali   Brand management": a skills heading in the rail labels one item too.
  // Not a table's header row ("Web Technologies   Web Frameworks   Tools"): one label, one cell.
  // "Competências relacionadas com o trabalho   – Tratamento de feridas": a label of the Europass form too.
  bool form_label = gap > 0 && is_grid_label(text.substr(0, gap));
  bool labels_one = gap > 0 && (canonical_section(text.substr(0, gap)).canonical == "skills" || form_label) &&
                    rail_label_length(trim(text.substr(gap))) == 0;
  bool listing = gap > 0 && (text.find(',', gap) != std::string::npos || labels_one);
  if (listing && (count_words(text.substr(0, gap)) <= 4 || form_label) && text.substr(0, gap).find(',') == std::string::npos) {
    auto label = std::string(trim(text.substr(0, gap)));
    text = std::string(trim(std::string_view(text).substr(gap)));
    text.erase(0, bullet_glyph_length(text));  // "– Tratamento de feridas complexas": the list's first mark
    return label;
  }
  return "";
}

/// "Python, and Go": a conjunction left at the start of the last item.
std::string drop_conjunction(const std::string& item) {
  // In lower case as a list joins its last item; "EN 9100", a standard, keeps its letters.
  static const std::regex kConjunction{R"(^(?:and|&|und|et|y|e|en)\s+)"};
  return std::regex_replace(item, kConjunction, "");
}

/// Levels no tool name ends with, so they may trail a skill ("Power Query  sehr gute Kenntnisse").
const std::string& trailing_level_words() {
  static const std::string words =
      "beginner|intermediate|advanced|sehr gute kenntnisse|gute kenntnisse|grundkenntnisse|fortgeschritten|avanzado|"
      "intermedio|avançado|intermediário|avancé|intermédiaire|avanzato|gevorderd|grundlagen|notions|nociones|noções";
  return words;
}

/// Every level in the seven languages; "Native", "Basic", "Fluent" also end names ("React Native").
const std::string& level_words() {
  static const std::string words = trailing_level_words() +
      "|basic|expert|proficient|fluent|native|native speaker|novice|master|excellent|very good|good|fair|sehr gut|gut|befriedigend|"
      "verhandlungssicher|fließend|básico|basico|débutant|courant|ottimo|buono|discreto|sufficiente|experto|experta|avanzada|intermedia|"
      "esperto|esperta|experte|"
      // Free-Work's pills: "Expert", "Confirmé", "Intermédiaire"
      "confirmé|confirmée|confirme|"
      "uitstekend|goed|gemiddeld|redelijk|"
      // Resume.io's and Zety's five steps ("Skillful", "Experienced")
      "skillful|skilful|experienced|competent|highly skilled";
  return words;
}

/// "Intermediate" alone: a level printed under a group, not a skill.
bool is_level_word(const std::string& item) {
  static const std::regex kLevel{"^(?:" + level_words() + ")$", std::regex::icase};
  return std::regex_match(item, kLevel);
}

/// "Microsoft Excel (gevorderd)", "SAP Retail (basis)", "Power Query  sehr gute Kenntnisse": the level after the skill goes;
/// in brackets any level, bare only one no tool name ends with.
std::string drop_level_suffix(const std::string& item) {
  // A Romance level after one space is part of the skill's name ("Excel avanzado" is Advanced Excel); set apart
  // by a column gap or a dash it is a level.
  static const std::regex kRomance{R"(^(?:avanzado|intermedio|avançado|intermediário|avancé|intermédiaire|avanzato)$)",
                                   std::regex::icase};
  // The separator spelled as alternatives: a class would split the dashes' UTF-8 bytes.
  static const std::regex kLevel{
      R"((?:\s*\(\s*(?:(?:nivel|nível|niveau|livello|level)\s+)?(?:)" + level_words() +
          R"(|base|bases|elementary|elementare|usuario|usuário|utilisateur|utente|user)\s*\)|(\s+|\s*(?:-|–|—|:)\s*)((?:)" +
          trailing_level_words() + R"()))$)",
      std::regex::icase};
  // "Easy Nota: buono", "Google Docs: ottimo": any level after a colon, as a portal's grid prints it.
  static const std::regex kColonLevel{R"(\s*:\s*(?:)" + level_words() + R"()$)", std::regex::icase};
  if (std::smatch colon; std::regex_search(item, colon, kColonLevel) && colon.position(0) > 0)
    return std::string(trim(std::string_view(item).substr(0, static_cast<size_t>(colon.position(0)))));
  // Dutch "(basis)" in lower case is a level; "SAP (Basis)" names a module.
  if (item.ends_with(" (basis)")) return std::string(trim(std::string_view(item).substr(0, item.size() - 8)));
  // "Policy analysis (8 years)", "Python (3+ yrs)": the time a job board counted with the skill, no part of it.
  static const std::regex kYears{
      R"(\s*\(\s*(?:<\s*)?\d{1,2}\+?\s*(?:years?|yrs?|ans?|años?|anos?|anni|jahre?|jaar)\s*\)$)", std::regex::icase};
  if (std::smatch years; std::regex_search(item, years, kYears) && years.position(0) > 0)
    return std::string(trim(std::string_view(item).substr(0, static_cast<size_t>(years.position(0)))));
  std::smatch level;
  if (!std::regex_search(item, level, kLevel)) return item;
  // "SAP MM Avanzado": a chip's level in capitals after its tool's name is no adjective of it.
  bool capital = level[2].matched && level.length(2) > 0 && std::isupper(static_cast<unsigned char>(level.str(2).front())) &&
                 !is_upper_case_text(item);
  if (level[1].matched && level.str(1) == " " && std::regex_match(level.str(2), kRomance) && !capital) return item;
  auto kept = std::string(trim(std::string_view(item).substr(0, static_cast<size_t>(level.position(0)))));
  return kept.empty() ? item : kept;
}

/// "Core Java", "Bash Scripting": a label with a known technology among its words names a skill, no category.
bool names_a_technology(std::string_view label) {
  auto words = split_words(collapse_spaces(label));
  return std::any_of(words.begin(), words.end(), [](const std::string& word) { return names_technology(word); });
}

/// "Sonstiges", "Other", "Divers": a label for whatever else follows, no skill.
bool names_other_things(std::string_view item) {
  static const std::set<std::string, std::less<>> kOther = {"sonstiges", "sonstige", "other", "others", "misc", "miscellaneous",
                                                            "divers", "autres", "otros", "otras", "altro", "altri", "overig", "overige",
                                                            "outros", "outras"};
  return kOther.count(fold_case(trim(item))) > 0;
}

/// "Führerschein: Klasse B", "Driving licence: Full UK", "Rijbewijs", or "Klasse B" on a line of its own: a licence
/// to drive, no skill.
bool names_driving_licence(const std::string& text) {
  static const std::string kClassWord = R"((?:klasse|class|cat\.?|categor(?:y|ia|ía|ie)|tipo|type))";
  static const std::regex kLicence{R"(^(?:f(?:ü|u)hrerschein|driving licen[cs]e|driver(?:'|’)?s licen[cs]e|permis(?: de conduire)?|carn(?:e|é)t de conducir|permiso de conduc(?:ir|ción|cion)|patente(?: di guida)?|rijbewijs|carta de condução)(?:(?:\s{2,}|\s+(?=)" +
                                       kClassWord + R"(\s)|\s+(?=[a-z]{1,2}\d?(?:\s*,|$)))(?:)" + kClassWord +
                                       R"(\s+)?\S{1,3}(?:\s*,\s*\S{1,3})*)?$)",
                                   std::regex::icase};
  // "Führerschein:" over "Klasse B": the licence's class on a line of its own.
  static const std::regex kLicenceClass{"^" + kClassWord + R"(\s+[A-Z]{1,2}\d?(?:\s*,\s*[A-Z]{1,2}\d?)*$)", std::regex::icase};
  return std::regex_match(text, kLicence) || std::regex_match(text, kLicenceClass);
}

/// "B", "B, BE", "A2 / B": the classes of a licence to drive printed below its label.
bool is_licence_classes(const std::string& text) {
  static const std::regex kClasses{R"(^[A-D][12E]?(?:\s*[,/+]\s*[A-D][12E]?)*$)"};
  return std::regex_match(text, kClasses);
}

/// "Muttersprache", "langue maternelle", …: a mother tongue in the seven languages, as a regex alternation.
const std::string& mother_tongue_words() {
  static const std::string words =
      "muttersprache|mother tongue|langue maternelle|madrelingua|lengua materna|l(?:í|i)ngua materna|moedertaal";
  return words;
}

/// "verhandlungssicher (C1)", "B2": a level of the European framework named in the text.
bool names_cefr_level(const std::string& text) {
  static const std::regex kCefr{R"(\b[ABC][12]\b)"};
  return std::regex_search(text, kCefr);
}

/// "Apache Spark 7 yrs" -> "Apache Spark", "2 years of Python" -> "Python", "3 ans d'expérience en SAP" -> "SAP": how
/// long, no part of the skill; "" for a duration or a claim naming none ("10 yrs", "14 ans d'expérience") and for the
/// caption over such years ("Years of experience").
std::string without_duration(const std::string& item) {
  static const std::regex kExperienceCaption{R"(^(?:years? of experience|experience \(years\)|jahre erfahrung|années d'expérience|años de experiencia)$)",
                                             std::regex::icase};
  if (std::regex_match(item, kExperienceCaption)) return "";
  if (digits_of(item).size() > 3 || !std::regex_search(item, duration_pattern())) return item;
  auto rest = std::string(trim(std::regex_replace(item, duration_pattern(), " ")));
  static const std::regex kLinked{
      R"(^(?:(?:of|de|di|van|an)\s+|d'|d’)(?:(?:experience|expérience|experiencia|experiência|esperienza|erfahrung|ervaring)(?:\s+(?:in|en|em|with|con|mit|met|avec|com)\s+(.*))?|(.*))$)",
      std::regex::icase};
  std::smatch linked;
  if (std::regex_match(rest, linked, kLinked)) rest = linked[1].matched ? linked.str(1) : linked.str(2);
  return has_letter(rest) ? rest : "";
}

/// "Deutsch", "Englisch verhandlungssicher", "Français courant": a spoken language, alone or with its level; not
/// "Swedish Massage", "Dutch GAAP", "Japanese Cuisine", a craft or a standard named after a country.
bool names_language_not_craft(const std::string& item) {
  if (!is_spoken_language(item)) return false;
  auto words = split_words(item);
  if (words.size() < 2) return true;
  const auto& second = words[1];
  bool capitalised = !second.empty() && std::isupper(static_cast<unsigned char>(second[0]));
  std::string rest = join(std::vector<std::string>(words.begin() + 1, words.end()), " ");
  static const std::regex kMotherTongue{"^(?:" + mother_tongue_words() + "|muttersprachlich|native)\\b", std::regex::icase};
  return !capitalised || is_level_word(rest) || is_level_word(second) || names_cefr_level(rest) || std::regex_search(rest, kMotherTongue) ||
         second.front() == '(' ||
         second.front() == '-' || second.front() == ':';
}

void add_skill_line(std::string text, Resume& resume) {
  if (is_language_grid_line(text)) return;
  // "(Word, Excel, MS Project)": a whole line in brackets is the list itself.
  if (auto bare = trim(text); bare.size() > 2 && bare.front() == '(' && bare.back() == ')' &&
                              bare.find_first_of("()", 1) == bare.size() - 1)
    text = std::string(bare.substr(1, bare.size() - 2));
  SkillGroup group;
  group.name = take_group_label(text);
  // "Interests: Chess, Film": another section's content in a skills block ("Languages:" may
  // list Go and Python; spoken languages are dropped item by item below).
  if (!group.name.empty() && canonical_section(group.name).canonical == "interests") return;
  // "Français : langue maternelle – Néerlandais : B2": spoken languages with their levels, no skills.
  if (!group.name.empty() && is_spoken_language(group.name)) return;
  // "Coursework: Operating Systems, Databases": classes taken, no skills claimed.
  static const std::regex kCoursework{
      R"(^(?:relevant |selected |key )?(?:coursework|course work|courses taken|modules|asignaturas|disciplinas|lehrveranstaltungen)$)",
      std::regex::icase};
  if (std::regex_match(group.name, kCoursework)) return;
  // "Führerschein: Klasse B", "Driving licence: Full UK": a licence to drive is no skill.
  if (names_driving_licence(group.name) || names_driving_licence(std::string(trim(text)))) return;
  // "References available on request.": a line about referees after the list.
  if (offers_references(text)) return;
  // "Netty: Implemented custom protocols." - the tool, then a sentence about it: the tool is the skill.
  auto rest = trim(text);
  // "Bash Scripting: Legacy builds, automation, and …." too; not "Áreas de práctica: Derecho mercantil, litigación
  // civil, …, protección de datos.", a category over a list closed by a full stop.
  if (!group.name.empty() && rest.ends_with('.') && count_words(rest) >= 4 && canonical_section(group.name).canonical.empty() &&
      (count_outside_brackets(rest, ",;") < 2 || names_a_technology(group.name))) {
    text = group.name;
    group.name.clear();
  }
  // Europass's "Competenze comunicative   Ottime capacità di …, maturate nel …": a paragraph of prose, no list.
  auto items = split_items(text);
  auto words = count_words(text);
  if (!group.name.empty() && trim(text).ends_with('.') && words >= 10 && static_cast<size_t>(words) >= 4 * items.size()) return;
  static const std::regex kOrdinal{R"(^\d{1,2}[.)]\s+)"};  // "1. Microsoft Office": a numbered list's number
  for (auto& item : items) {
    // "▶   Power BI" in a list set in three columns: each item keeps its own marker.
    if (auto glyph = bullet_glyph_length(item); glyph > 0) item = std::string(trim(std::string_view(item).substr(glyph)));
    // "Sage 100 Comptabilité ●●●●○": the dots of a rating drawn as glyphs after the skill.
    static const std::regex kRating{R"((?:\s*(?:●|○|◉|◯|★|☆|■|□|◆|◇|▪|▫))+\s*$)"};
    item = std::regex_replace(item, kRating, "");
    // "SQL 14 ✔": a tick after the skill (its count of endorsements goes with the section's, drop_endorsement_counts).
    static const std::regex kTick{R"(\s*(?:✔|✓)\s*$)"};
    if (item.find("\u2714") != std::string::npos || item.find("\u2713") != std::string::npos) item = std::regex_replace(item, kTick, "");
    item = drop_level_suffix(drop_conjunction(drop_proficiency(std::regex_replace(item, kOrdinal, ""))));
    // An icon font's glyph alone (a technology's logo as a Private Use character) names nothing an ATS can read.
    if (!has_letter(item) || is_level_word(item) || names_driving_licence(item) || names_other_things(item))
      continue;
    if (names_person(item, resume.contact.name)) continue;  // "Currículum vitae   Iñigo Etxebarria": a running head's name
    // A web page's form field ("Nom *"), an attached file ("Lebenslauf_Tobias.pdf") or a client's star rating
    // ("★★★★★ 4.9 Oct 16") printed among the skills names none; nor does the file's size ("212 KB").
    static const std::regex kPageNoise{R"(^\S+\.(?:pdf|docx?|odt|rtf)\b|^(?:★|☆)+\s*\d|^\d+(?:[.,]\d+)?\s*[KM]B$)", std::regex::icase};
    if (std::regex_search(item, kPageNoise)) continue;
    static const std::regex kFormField{R"(^(?:nom|prénom|name|first name|last name|e-?mail|message|objet|subject|téléphone|phone|telefon)\s\*$)",
                                       std::regex::icase};
    if (std::regex_match(item, kFormField)) continue;
    if (item.ends_with(" *")) item = std::string(trim(std::string_view(item).substr(0, item.size() - 2)));  // "Kotlin *": a footnote's mark
    static const std::regex kPageNumber{R"(^page\s+\d+$)", std::regex::icase};
    // A running footer inside the section ("jane@example.com | +1 555 0100 | Page 2").
    if (has_contact_detail(item) || item.find('@') != std::string::npos || std::regex_match(item, kPageNumber)) continue;
    // "Espanhol (B1)", "Englisch (gute Kenntnisse, B2)": a spoken language with its level.
    static const std::regex kBracketTail{R"(\s*\([^()]*\)$)"};
    // Europass's "Muttersprache(n)   Deutsch": the label of a spoken language, no skill.
    static const std::regex kMotherTongue{"^(?:" + mother_tongue_words() + R"()(?:\(\w{1,2}\)|s)?$)", std::regex::icase};
    if (std::regex_match(item, kMotherTongue)) continue;
    // "Néerlandais : bonnes connaissances (B2)": a spoken language before its level.
    if (item.empty() || count_words(item) > 7 || names_language_not_craft(item) ||
        names_language_not_craft(std::regex_replace(item, kBracketTail, "")) ||
        names_language_not_craft(std::string(trim(std::string_view(item).substr(0, item.find(':'))))))
      continue;
    static const std::regex kLevelNumber{R"(^\d{1,3}\s*%$|^\d(?:[.,]\d)?\s*/\s*(?:5|10)$)"};
    if (std::regex_match(item, kLevelNumber)) continue;  // "85%", "4/5": a skill bar's level
    item = without_duration(item);
    if (item.empty()) continue;
    group.keywords.push_back(item);
  }
  // "Communication: Excellent", "SQL: Advanced": the label is the skill, the rest its level; "Python" over a logo's
  // glyph in a grid of tools: the label is the skill, the glyph its picture.
  bool glyph_only = !trim(text).empty() && !has_letter(text);
  if (group.keywords.empty() && !group.name.empty() && (is_level_word(std::string(trim(text))) || glyph_only)) {
    group.keywords.push_back(group.name);
    group.name.clear();
  }
  if (group.keywords.empty()) return;
  if (!group.name.empty() || resume.skills.empty() || !resume.skills.back().name.empty())
    resume.skills.push_back(std::move(group));
  else
    for (auto& keyword : group.keywords) resume.skills.back().keywords.push_back(std::move(keyword));
}

}  // namespace

/// The words of Europass's language grid: its labels and its column heads, in the seven languages.
const std::set<std::string, std::less<>>& language_grid_words() {
  static const std::set<std::string, std::less<>> kGridWords = {
      "understanding", "speaking", "writing", "listening", "reading", "spoken interaction", "spoken production",
      "mother tongue", "mother tongue(s)", "other language", "other language(s)", "other languages",
      "verstehen", "sprechen", "schreiben", "hören", "lesen", "an gesprächen teilnehmen", "zusammenhängendes sprechen",
      "muttersprache", "weitere sprachen", "andere sprachen",
      "comprendre", "parler", "écrire", "écouter", "lire", "prendre part à une conversation", "s'exprimer oralement en continu",
      "langue maternelle", "langue(s) maternelle(s)", "autres langues", "autre(s) langue(s)",
      "comprensión", "habla", "expresión escrita", "comprensión auditiva", "comprensión de lectura", "interacción oral",
      "expresión oral", "lengua materna", "lengua(s) materna(s)", "otros idiomas", "otro(s) idioma(s)",
      "compreensão", "conversação", "escrita", "compreensão oral", "leitura", "interação oral", "produção oral",
      "língua materna", "língua(s) materna(s)", "outras línguas", "outra(s) língua(s)",
      "comprensione", "parlato", "produzione scritta", "ascolto", "lettura", "interazione", "produzione orale",
      "lingua madre", "altre lingue", "altra lingua",
      "begrijpen", "spreken", "schrijven", "luisteren", "lezen", "interactie", "productie", "moedertaal", "andere talen",
      // the grid's headings broken over lines word by word ("Comprensión Interacción Expresión" / "auditiva oral oral")
      "interacción", "expresión", "auditiva", "oral", "orale", "escrita", "écrite", "lectura", "escritura", "compréhension",
      "expression", "interaction", "lecture", "écoute", "comprensione", "interazione", "produzione", "ascolto", "parlato",
      "compreensão", "interação", "produção", "leitura", "conversação", "spoken", "production",
      // the grid's column heads as verbs ("COMPRENDER   HABLAR   ESCRIBIR", "COMPREENDER   FALAR   ESCREVER")
      "comprender", "hablar", "escribir", "compreender", "falar", "escrever", "produção escrita", "capire", "scrivere",
      // the French heads broken over two lines ("Prendre part à une   S’exprimer oralement" / "conversation   en continu")
      "prendre part à une", "s'exprimer oralement", "s’exprimer oralement", "conversation", "en continu",
      // and the German and Dutch ones ("An Gesprächen   Zusammenhängendes" / "teilnehmen   Sprechen")
      "an gesprächen", "teilnehmen", "zusammenhängendes", "gesprekken", "voeren", "gesprekken voeren"};
  return kGridWords;
}

bool is_language_grid_word(std::string_view text) { return language_grid_words().count(fold_case(trim(text))) > 0; }

/// Europass's digital self-assessment grid: "AUTOVALUTAZIONE", "Elaborazione delle informazioni   Comunicazione …",
/// "Utente avanzato   Utente autonomo", its link "Competenze digitali - Scheda per l’autovalutazione"; no skills.
bool is_digital_grid_line(std::string_view text) {
  static const std::regex kGrid{
      R"(autovalutazione|self-?assessment|auto-?(?:é|e)valuation|autoevaluaci(?:ó|o)n|autoavalia(?:ç|c)(?:ã|a)o|selbst(?:beurteilung|einsch(?:ä|a)tzung)|zelfbeoordeling|elaborazione|information processing|traitement de l|procesamiento de la informaci|processamento de informa|informationsverarbeitung|informatieverwerking|\butente (?:base|autonomo|avanzato)|\b(?:basic|independent|proficient) user|utilisateur (?:(?:é|e)l(?:é|e)mentaire|ind(?:é|e)pendant|exp(?:é|e)riment(?:é|e))|usuario (?:b(?:á|a)sico|independiente|competente)|utilizador (?:b(?:á|a)sico|independente|avan(?:ç|c)ado)|(?:elementare|selbstst(?:ä|a)ndige|kompetente) verwendung|(?:basis|onafhankelijke|vaardige) gebruiker)",
      std::regex::icase};
  return count_words(text) <= 12 && std::regex_search(text.begin(), text.end(), kGrid);
}

/// "Comunicazione   Sicurezza" among the digital grid's lines: its column heads, their words broken over lines.
bool names_digital_grid_heads(std::string_view text) {
  static const std::set<std::string, std::less<>> kHeads = {
      "comunicazione", "sicurezza", "contenuti", "problemi", "creazione", "risoluzione", "informazioni", "communication",
      "safety", "content", "creation", "problem", "solving", "information", "processing", "sécurité", "création", "contenu",
      "résolution", "problèmes", "comunicación", "seguridad", "creación", "contenidos", "resolución", "problemas",
      "comunicação", "segurança", "criação", "conteúdo", "conteúdos", "resolução", "kommunikation", "sicherheit", "inhalte",
      "erstellung", "problemlösung", "communicatie", "veiligheid", "processamento", "informação", "procesamiento",
      "información", "traitement", "l'information", "elaborazione", "verarbeitung", "informationsverarbeitung",
      "informatieverwerking", "inhoud", "creatie", "probleemoplossing", "di", "delle", "de", "la", "des", "of", "do", "da", "von"};
  auto words = split_words(fold_case(text));
  return !words.empty() && std::all_of(words.begin(), words.end(), [](const std::string& w) { return kHeads.count(w) > 0; });
}

/// Europass's language grid: "Altre lingue", "COMPRENSIONE   PARLATO", "Inglese   C1   C1   B2", and the
/// legend of the Common European Framework below it; spoken languages and their levels, no skills.
bool is_language_grid_line(std::string_view text) {
  static const std::regex kLegend{
      R"(common european framework|europeo di riferimento|referenzrahmen|cadre europ(?:é|e)en commun|marco com(?:ú|u)n europeo|quadro europeu comum|europees referentiekader|^(?:levels?|livelli|niveaux|niveles|n(?:í|i)veis|niveaus|stufen|kompetenzstufen)\s*:\s*A1)",
      std::regex::icase};
  static const std::regex kLevel{R"([ABC][12])"};
  if (std::regex_search(text.begin(), text.end(), kLegend)) return true;
  auto items = split_items(text);
  // Not a lone "Reading" or "Writing" under interests or skills: one grid word alone only when it is a label of words.
  if (items.empty() || (items.size() == 1 && items[0].find(' ') == std::string::npos)) return false;
  return std::all_of(items.begin(), items.end(), [](const std::string& item) {
    if (is_language_grid_word(item) || std::regex_match(item, kLevel) || is_spoken_language(item)) return true;
    // "Língua materna português", "C1 espanhol": a label or level with the language of its row; "Expresión oral
    // auditiva", "de lectura": the grid's two-line column heads run together.
    auto words = split_words(item);
    std::vector<std::string> rest;
    for (const auto& word : words)
      if (!std::regex_match(word, kLevel) && !is_spoken_language(word)) rest.push_back(word);
    if (rest.size() < words.size() && (rest.empty() || is_language_grid_word(join(rest, " ")))) return true;
    static const std::set<std::string, std::less<>> kLinks = {"de", "of", "di", "du", "da", "do"};
    return std::all_of(rest.begin(), rest.end(), [](const std::string& w) { return is_language_grid_word(w) || kLinks.count(fold_case(w)); }) &&
           std::any_of(rest.begin(), rest.end(), [](const std::string& w) { return is_language_grid_word(w); });
  });
}

void parse_skill_labels(const SectionText& lines, const Section& section, Resume& resume) {
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    const auto& text = lines.text[i];
    auto colon = text.find(':');
    if (colon == std::string::npos || colon > 40) continue;
    if (canonical_section(text.substr(0, colon)).canonical == "skills") add_skill_line(text, resume);
  }
}

/// "Languages: Java, Go | Cloud: AWS, GCP": several labelled groups on one line.
std::vector<std::string> split_groups(const std::string& text) {
  if (std::count(text.begin(), text.end(), ':') < 2) return {text};
  std::vector<std::string> groups;
  size_t start = 0;
  while (start <= text.size()) {
    size_t bar = text.find('|', start);
    if (bar == std::string::npos) bar = text.size();
    auto group = std::string(trim(std::string_view(text).substr(start, bar - start)));
    if (!group.empty()) groups.push_back(group);
    start = bar + 1;
  }
  bool labelled = std::all_of(groups.begin(), groups.end(), [](const std::string& g) { return g.find(':') != std::string::npos; });
  return labelled ? groups : std::vector<std::string>{text};
}

/// "Web Frameworks" / "React, Vue, Svelte": a lone phrase over a comma list names the group.
/// Level lines between ("Web Frameworks" / "Intermediate" / "React, Vue") are skipped; bulleted
/// or labelled lines ("• Tech: React, Go") carry their own label.
/// "LENGUAJES", "CLOUD & DEVOPS" over items that are not in capitals: a category in capitals, as bold marks one;
/// not "SAP S/4HANA (FI/CO)", "BOB 50", "SAP IBP", a product's name, its words short or known.
bool labels_in_capitals(const std::string& text, const std::string& below) {
  if (!is_upper_case_text(text) || is_upper_case_text(below) || text.find_first_of("0123456789/()") != std::string::npos)
    return false;
  auto words = split_words(text);
  return std::any_of(words.begin(), words.end(), [](const std::string& w) { return character_count(w) >= 5; }) &&
         std::none_of(words.begin(), words.end(), [](const std::string& w) { return names_technology(w); });
}

/// A short phrase over a row of three chips or more ("Lenguajes" / "Go   Java   Kotlin").
bool heads_chip_row(const std::vector<std::string>& joined, const std::vector<bool>& listed, size_t i) {
  if (i + 1 >= joined.size() || listed[i] || listed[i + 1]) return false;
  const auto& text = joined[i];
  auto gaps = [](const std::string& row) {
    size_t count = 0;
    for (size_t at = row.find("   "); at != std::string::npos; at = row.find("   ", row.find_first_not_of(' ', at)))
      ++count;
    return count;
  };
  return gaps(text) == 0 && count_words(text) <= 4 && text.find_first_of(",;:|") == std::string::npos && gaps(joined[i + 1]) >= 2;
}

bool is_group_label_line(const std::vector<std::string>& joined, const std::vector<bool>& listed, const std::vector<bool>& bold,
                         size_t i) {
  // "Lenguajes" over its chips, then "Infraestructura" over its own: labels alternating with rows of chips, in
  // whatever weight (JSON Resume's "elegant" sets them in Roboto Medium, no bold).
  if (heads_chip_row(joined, listed, i) && (heads_chip_row(joined, listed, i + 2) || (i >= 2 && heads_chip_row(joined, listed, i - 2))))
    return true;
  const auto& text = joined[i];
  // "Fechamento contábil     TOTVS Protheus": two cells of a grid, no label.
  if (text.find_first_of(",;:|") != std::string::npos || count_words(text) > 4 || listed[i] || text.find("   ") != std::string::npos)
    return false;
  size_t next = i + 1;
  while (next < joined.size() && is_level_word(joined[next])) ++next;
  if (next >= joined.size()) return false;
  // "Cloud & Tools" in bold over "AWS (Lambda, ECS)" / "Terraform" in body type, or over "Over 5000 lines:":
  // a category; not a tool in bold ("Docker", "**Python** / SQL") nor a skill over a sentence on its use.
  if ((bold[i] || labels_in_capitals(text, joined[next])) && !names_technology(text)) {
    // "ASME B31.3   ASME Sec. VIII Div. 1   API 610": in a row of chips, the first chip is the item.
    auto below = joined[next].substr(0, joined[next].find("   "));
    bool short_item = count_words(below) <= 6 && count_outside_brackets(below, ",;") == 0 && !below.ends_with('.') &&
                      below.find(". ") == std::string::npos;
    if (short_item || below.ends_with(':')) return true;
  }
  // "• SQL" / "Frameworks" / "• React": a plain line between two bulleted lists names the next one's group.
  if (listed[next] && i > 0 && listed[i - 1] && !names_technology(text)) return true;
  const auto& list = joined[next];
  // "Trade marketing" over Europass's "Competenze digitali   Google Ads, …": the list has its own label.
  size_t gap = rail_label_length(list);
  bool own_label = gap > 0 && list.substr(0, gap).find(',') == std::string::npos;
  return count_outside_brackets(list, ",") >= 2 && list.find(':') == std::string::npos && !listed[next] && !own_label;
}

/// The person's own name, maybe without a middle one ("Lena Petersen" signing for "Lena Marie Petersen").
bool names_person(const std::string& text, const std::string& name) {
  if (name.empty()) return false;
  auto words = split_words(fold_case(text)), names = split_words(fold_case(name));
  if (words.size() == 1) return words == names;
  return words.size() >= 2 && std::all_of(words.begin(), words.end(), [&](const std::string& word) {
           return std::find(names.begin(), names.end(), word) != names.end();
         });
}

/// "Hamburg, 12.03.2025" over "Julia Sommerfeld": the place, date and name a German CV is signed with.
bool is_signature_line(const std::string& text, const std::string& name) {
  if (names_person(text, name)) return true;
  auto comma = text.find(", ");
  auto date = find_date(text);
  if (comma == std::string::npos || !date || date->range || date->finish != text.size() || date->begin < comma + 2) return false;
  auto between = trim(std::string_view(text).substr(comma + 2, date->begin - comma - 2));  // "München, im Januar 2025"
  // A day or month is printed ("Certified Scrum Master, 2021" is a skill and its year), and a town.
  auto place = text.substr(0, comma);
  // "Oldenburg, 17. März 2025": a day the date reader left before its month.
  auto day_digits = between.ends_with('.') ? between.substr(0, between.size() - 1) : between;
  bool day = !day_digits.empty() && day_digits.size() <= 2 &&
             std::all_of(day_digits.begin(), day_digits.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
  return (between.empty() || day || (between.size() <= 3 && starts_lower(between))) && date->start.month > 0 &&
         (!city_country(place).empty() || (is_place_name(place) && title_score(place) == 0));
}

/// "IT-Kenntnisse   Sprachkenntnisse", "SQL   sehr gut   Englisch   verhandlungssicher (C1)": a box of spoken languages
/// set beside the skills' box; the line up to the column where the languages begin.
std::string before_language_column(const std::string& text) {
  auto cells = split_cells(text);
  // "Languages   English, Korean": the line is the languages' own, read (and dropped) whole.
  if (cells.size() < 2 || canonical_section(cells.front()).canonical == "languages" || is_spoken_language(cells.front())) return text;
  for (size_t k = 1; k < cells.size(); ++k) {
    const auto& cell = cells[k];
    auto next = k + 1 < cells.size() ? cells[k + 1] : std::string();
    // "Deutsch   Muttersprache": one word naming a language, its level beside it; "Sprachkenntnisse" heading the box.
    bool level_next = is_level_word(next) || names_cefr_level(next) || is_level_word(next.substr(0, next.find(" (")));
    bool language_row = count_words(cell) == 1 && is_spoken_language(cell) && (next.empty() || level_next);
    bool languages_label = count_words(cell) <= 2 && canonical_section(cell).canonical == "languages" && cell.find(':') == std::string::npos;
    if (language_row || languages_label) return join(std::vector<std::string>(cells.begin(), cells.begin() + static_cast<long>(k)), "   ");
  }
  return text;
}

/// A profile's skill chips each with a count of endorsements ("SQL 14 ✔   Power BI 11 ✔   Pandas 6"), ticked where the
/// owner confirmed them: where two or more are ticked, every chip's closing count is the count, no version.
void drop_endorsement_counts(const std::vector<std::string>& lines, size_t skills_before, Resume& resume) {
  // The tick right after the count, then the gap to the next chip on the line (not "✔ Python 3   ✔ Java 17", ticks
  // before; nor "Python 3 ✔" a line each, a list of versions ticked).
  static const std::regex kTicked{R"(\d{1,3} ?(?:✔|✓)(?=\s{2,}\S))"}, kCount{R"(\s+\d{1,3}$)"};
  size_t ticked = 0;
  for (const auto& line : lines)
    if (line.find("\u2714") != std::string::npos || line.find("\u2713") != std::string::npos)
      ticked += static_cast<size_t>(std::distance(std::sregex_iterator(line.begin(), line.end(), kTicked), std::sregex_iterator()));
  // Counts on most chips, more than a list of versions has ("Python 3 ✔", "Java 17 ✔", "C++ 20").
  size_t keywords = 0, counted = 0;
  for (size_t g = skills_before; g < resume.skills.size(); ++g)
    for (const auto& keyword : resume.skills[g].keywords) {
      ++keywords;
      counted += std::regex_search(keyword, kCount) ? 1 : 0;
    }
  if (ticked < 2 || ticked + counted < 5 || 5 * (ticked + counted) < 3 * keywords) return;
  for (size_t g = skills_before; g < resume.skills.size(); ++g)
    for (auto& keyword : resume.skills[g].keywords) keyword = std::regex_replace(keyword, kCount, "");
}

void parse_skills(const SectionText& lines, const Section& section, Resume& resume) {
  const size_t skills_before = resume.skills.empty() ? 0 : resume.skills.size() - 1;  // a group this section may go on
  std::vector<bool> listed, bold;
  auto joined = skill_lines(lines, section, &listed, &bold);
  // Europass's digital grid, and its column heads broken over lines beside it ("Processamento   Criação de").
  std::vector<bool> grid(joined.size());
  for (size_t i = 0; i < joined.size(); ++i) grid[i] = is_digital_grid_line(joined[i]);
  spread_marks(grid, [&](size_t i, size_t) { return names_digital_grid_heads(joined[i]); });
  for (size_t i = 0; i < joined.size(); ++i) joined[i] = before_language_column(joined[i]);
  for (size_t i = 0; i < joined.size(); ++i) {
    if (trim(joined[i]).empty()) continue;
    // "90 %   85 %" over "SEO   Google Ads": gauges' levels, a row over the names they measure, no group's label.
    if (percentages_only(joined[i])) continue;
    if (is_group_label_line(joined, listed, bold, i) || is_signature_line(joined[i], resume.contact.name)) continue;
    // "rijbewijs" over "B" in friggeri-cv's sidebar: the licence's classes below its label.
    if (i > 0 && names_driving_licence(joined[i - 1]) && is_licence_classes(joined[i])) continue;
    if (is_language_grid_line(joined[i])) continue;  // whole, before "Níveis: A1 e A2: …" parts at its colons
    if (names_columns_only(joined[i])) continue;  // "HABILIDADE   EXPERIÊNCIA   NÍVEL" over a matrix's rows
    if (grid[i]) continue;
    // "ESCRITA" over "Comprensión auditiva …": a column head alone, in the grid.
    if (is_language_grid_word(joined[i]) && ((i + 1 < joined.size() && is_language_grid_line(joined[i + 1])) ||
                                            (i > 0 && is_language_grid_line(joined[i - 1]))))
      continue;
    for (auto& group : split_groups(joined[i])) add_skill_line(group, resume);
  }
  drop_endorsement_counts(joined, skills_before, resume);
}

/// "Mentored 4 junior engineers", "Won internal hackathon (2x)": a sentence opened by its verb in the past, its next
/// word in lower case or a number; not a name in capitals ("Distributed Key-Value Store", "Embedded Weather Station").
bool reads_as_achievement(std::string_view text) {
  static const std::set<std::string, std::less<>> kIrregularPast = {"won", "led", "built", "ran", "wrote", "made", "taught",
                                                                    "grew", "drove", "cut", "sold", "spoke", "brought", "took"};
  auto words = split_words(text);
  if (words.size() < 2) return false;
  auto verb = fold_case(words[0]);
  bool past = verb.ends_with("ed") || kIrregularPast.count(verb) > 0;
  unsigned char next = static_cast<unsigned char>(words[1].front());
  return past && (std::islower(next) || std::isdigit(next));
}

/// "Expense Splitter: REST API for …", "Smart Parking – IoT slot detection", "Portfolio website (React)":
/// a list of projects, one per bullet, named before a colon or dash, or by a short item whole.
std::optional<ProjectEntry> project_from_bullet(const std::string& text) {
  static const std::regex kNamed{R"(^([^:]{2,60}?)\s*(?::|\s(?:–|—|-))\s+(\S.*)$)"};
  ProjectEntry project;
  std::smatch match;
  // "Tools: Terraform, Helm": a label, no project's name.
  bool named = std::regex_match(text, match, kNamed) && count_words(match.str(1)) <= 6;
  if (named && !canonical_section(match.str(1)).canonical.empty()) return std::nullopt;
  if (named) {
    project.name = trim(match.str(1));
    project.description = match.str(2);
  } else if (count_words(text) <= 6 && !ends_with_connector(text) && !reads_as_achievement(text)) {
    project.name = trim(text);
  } else {
    return std::nullopt;  // a sentence about the work, naming no project
  }
  return project;
}

/// "| Project | Client | Value |" over "|---|---|---|" (Markdown, or a wiki's table read as it): each row below names
/// a project in its first cell, the other cells its description. False when the section holds no such table.
bool read_project_table(const SectionText& lines, const Section& section, Resume& resume) {
  // Only a table opening the section: one inside a project ("| Dataset | Query time |") belongs to it.
  size_t i = section.first_line;
  while (i < section.end_line && trim(lines.text[i]).empty()) ++i;
  if (i + 2 >= section.end_line || !trim(lines.text[i]).starts_with("|") || !is_markdown_rule(trim(lines.text[i + 1]))) return false;
  {
    for (size_t row = i + 2; row < section.end_line && trim(lines.text[row]).starts_with("|"); ++row) {
      std::vector<std::string> cells;
      for (auto& cell : pipe_cells(std::string(trim(lines.text[row]))))
        if (!trim(cell).empty()) cells.push_back(std::string(trim(cell)));
      // "| 2023 | Projekt X | Kunde |": the name is the first cell that is no date.
      auto named = std::find_if(cells.begin(), cells.end(), [](const std::string& cell) { return !find_date(cell); });
      if (named == cells.end()) continue;
      ProjectEntry project;
      project.name = *named;
      std::vector<std::string> rest;
      for (auto it = cells.begin(); it != cells.end(); ++it)
        if (it != named) rest.push_back(*it);
      project.description = join(rest, ", ");
      for (size_t k = 0; k < cells.size(); ++k)
        if (auto date = find_date(cells[k]); date && date->finish - date->begin + 2 >= cells[k].size()) {  // "2021–2024"
          assign_dates(date, project.start, project.end, false);
          break;
        }
      project.location_in_document = lines.document.lines[row].location;
      resume.projects.push_back(std::move(project));
    }
  }
  return true;
}

void parse_projects(const SectionText& lines, const Section& section, Resume& resume) {
  if (read_project_table(lines, section, resume)) return;
  for (const auto& block : make_blocks(lines, section)) {
    if (block.header.empty()) {
      for (const auto& bullet : block.bullets)
        if (auto project = project_from_bullet(bullet.text)) {
          project->location_in_document = lines.document.lines[bullet.line].location;
          resume.projects.push_back(std::move(*project));
        }
      continue;
    }
    ProjectEntry project;
    auto fields = read_header({block.header.front()}, true);
    if (fields.parts.empty()) continue;
    project.name = fields.parts.front();
    for (const auto& item : block.header) {
      if (auto date = find_date(item.text)) {
        assign_dates(date, project.start, project.end, false);
        break;
      }
    }
    for (const auto& item : block.header)
      for (const auto& url : find_urls(item.text))
        if (project.url.empty()) project.url = url.text;
    std::vector<std::string> prose;
    for (size_t h = 1; h < block.header.size(); ++h) prose.push_back(block.header[h].text);
    for (const auto& item : block.prose) prose.push_back(item.text);
    project.description = join(prose, " ");
    project.location_in_document = lines.document.lines[block.header.front().line].location;
    for (const auto& bullet : block.bullets) {
      project.highlights.push_back(bullet.text);
      resume.bullets.push_back({bullet.text, section.canonical, lines.document.lines[bullet.line].location,
                                bullet.line, static_cast<int>(resume.projects.size())});
    }
    resume.projects.push_back(std::move(project));
  }
}

}  // namespace atslint


