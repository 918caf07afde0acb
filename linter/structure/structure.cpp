#include "linter/structure/structure.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include "linter/structure/contact.h"
#include "linter/structure/dates.h"
#include "linter/structure/entries.h"
#include "linter/structure/fields.h"
#include "linter/structure/headings.h"
#include "linter/structure/labelled_entries.h"
#include "linter/structure/line_text.h"
#include "linter/text_util.h"

namespace atslint {
namespace {

/// "\uF0B1 Expériences", "♥ Honors and Awards": the heading as printed, without the icon set before its words.
std::string without_leading_icon(const std::string& heading) {
  int32_t at = 0, length = static_cast<int32_t>(heading.size());
  while (at < length) {
    int32_t next = at;
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(heading.data()), next, length, c);
    bool icon = (c >= 0xE000 && c <= 0xF8FF) || u_charType(c) == U_OTHER_SYMBOL || u_charType(c) == U_NON_SPACING_MARK || c == ' ';
    if (!icon) break;
    at = next;
  }
  return at < length ? heading.substr(static_cast<size_t>(at)) : heading;
}

/// A phrase several languages share ("Profil") takes the language most other
/// headings of the document use.
void settle_languages(std::vector<Section>& sections, const std::vector<DetectedHeading>& headings) {
  std::map<std::string, int> votes;
  for (const auto& heading : headings)
    if (heading.name.languages.size() == 1) ++votes[heading.name.languages.front()];
  for (size_t i = 0; i < sections.size(); ++i) {
    const auto& languages = headings[i].name.languages;
    int best = -1;
    for (const auto& language : languages) {
      int count = votes.count(language) ? votes[language] : 0;
      if (count > best) {
        best = count;
        sections[i].language = language;
      }
    }
  }
}

/// "Funciones y logros:" / "Key Achievements:" over a job's bullets inside Experience labels the
/// bullets; the job list goes on, so the label joins the section above.
void fold_entry_labels(const Document& document, std::vector<Section>& sections) {
  std::vector<std::string> folded;  // labels already seen inside jobs: the last job's is one too
  for (size_t k = 1; k < sections.size();) {
    const auto& label = sections[k];
    bool colon = trim(document.lines[label.heading_line].text).ends_with(":");
    size_t next = label.heading_line + 1;
    while (next < document.lines.size() && trim(document.lines[next].text).empty()) ++next;
    bool bullets_below = next < document.lines.size() && document.lines[next].list_item;
    // A job follows under it ("Periodo: Agosto 2017 – Enero 2021"), or the label was met inside a job before;
    // a real "Awards:" list after Experience has neither.
    bool job_below = false;
    for (size_t i = label.first_line; i < label.end_line && !job_below; ++i) {
      auto date = find_date(document.lines[i].text);
      job_below = date && date->range && !document.lines[i].list_item;
    }
    bool seen = std::find(folded.begin(), folded.end(), label.heading) != folded.end();
    // "Key Achievements" between two dated jobs, or as met inside a job before; an unnamed label too.
    bool label_like = label.canonical == "awards" || (label.canonical.empty() && count_words(label.heading) <= 3);
    if (label_like && (colon || job_below || seen) && bullets_below && sections[k - 1].canonical == "experience" &&
        (job_below || seen)) {
      folded.push_back(label.heading);
      sections[k - 1].end_line = label.end_line;
      sections.erase(sections.begin() + static_cast<long>(k));
    } else {
      ++k;
    }
  }
}

/// "Mit freundlichen Grüßen", "Kind regards,": a letter's closing after a CV sent as a mail's body; the last section
/// ends there. Not "--", which also parts entries, nor "Sincerely" alone, which also names a firm or a project.
bool closes_letter(std::string_view text) {
  static const std::regex kClosing{
      R"(^(?:mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|(?:kind|best|warm) regards|yours (?:sincerely|faithfully)|bien cordialement|salutations distinguées|saludos cordiales|cordiali saluti|distinti saluti|met vriendelijke groet(?:en)?|com os melhores cumprimentos)[,.!]?$)",
      std::regex::icase};
  auto line = trim(text);
  return !line.empty() && line.size() < 40 && std::regex_match(line.begin(), line.end(), kClosing);
}

/// After a closing only a signature follows: a few lines, no list item and no date.
bool only_signature_after(const Document& document, size_t closing) {
  int lines = 0;
  for (size_t i = closing + 1; i < document.lines.size(); ++i) {
    const auto& line = document.lines[i];
    if (trim(line.text).empty()) continue;
    if (++lines > 8 || line.list_item || find_date(line.text)) return false;
  }
  return true;
}

void end_at_closing(const Document& document, std::vector<Section>& sections) {
  if (sections.empty()) return;
  auto& last = sections.back();
  for (size_t i = last.first_line; i < last.end_line; ++i)
    if (closes_letter(document.lines[i].text) && only_signature_after(document, i)) {
      last.end_line = i;
      return;
    }
}

/// "Diplômes" then "Formations & attestations": education already had its section, so a later heading that names
/// credentials beside it ("Training & Certificates") lists courses and certificates.
void credentials_after_education(std::vector<Section>& sections) {
  static const std::regex kCredentials{R"((?:certif|zertifi|attestation|habilitation|licen[cs]e|nachweis))", std::regex::icase};
  // The first word names training, not schooling ("POSTGRADUATE EDUCATION & BOARD CERTIFICATION" lists degrees).
  static const std::regex kTraining{R"(^\s*(?:formations?|formaci(?:ó|o)n|forma(?:ç|c)(?:ã|a)o|formazione|trainings?|weiterbildung(?:en)?|fortbildung(?:en)?|opleidingen|cursus(?:sen)?|cursos|corsi|courses|kurse)\b)",
                                    std::regex::icase};
  bool education_seen = false;
  for (auto& section : sections) {
    if (section.canonical == "education" && education_seen && std::regex_search(section.heading, kCredentials) &&
        std::regex_search(section.heading, kTraining))
      section.canonical = "certifications";
    education_seen = education_seen || section.canonical == "education";
  }
}

std::vector<Section> make_sections(const Document& document, const std::vector<DetectedHeading>& headings) {
  std::vector<Section> sections;
  for (const auto& heading : headings) {
    size_t opens = heading.line - heading.lead_lines;
    if (!sections.empty()) sections.back().end_line = opens;
    Section section;
    section.heading = without_leading_icon(heading.text);
    section.canonical = heading.name.canonical;
    section.language = heading.name.language;
    section.location = document.lines[heading.line].location;
    section.heading_line = heading.line;
    section.first_line = heading.body_offset > 0 ? opens : heading.line + heading.line_count;
    section.end_line = document.lines.size();
    sections.push_back(std::move(section));
  }
  settle_languages(sections, headings);
  credentials_after_education(sections);
  fold_entry_labels(document, sections);
  end_at_closing(document, sections);
  return sections;
}

bool opens_with_dash(std::string_view text) {
  return text.starts_with("-") || text.starts_with("–") || text.starts_with("—");
}

/// "sept. 2021 – Analyste, Banque" / "aujourd’hui ○ Instruction…": a date column too narrow for
/// the range wraps its end onto the next line, beside the first bullet. The end goes back to its start.
/// "Sep. 2019 –" / "• Dirección de un equipo …" / "Actualidad" in a date bar beside the bullets: the
/// range's end printed alone a line or two below, in the same column; its index, or 0.
size_t lone_end_below(const Document& document, const std::vector<std::string>& text, size_t start) {
  const std::string open = "2020 - ";
  const auto& lines = document.lines;
  if (start >= lines.size() || !lines[start].location.box) return 0;
  for (size_t k = start + 2; k < text.size() && k <= start + 3 && k < lines.size(); ++k) {
    auto below = trim(text[k]);
    auto end = find_date(open + std::string(below));
    bool alone = end && end->range && end->begin == 0 && end->finish == open.size() + below.size() && !find_date(below);
    bool present_word = alone || names_present(below);
    if (!present_word && !(end && end->range && end->finish == open.size() + below.size() && find_date(below) && !find_date(below)->range))
      continue;
    if (!lines[k].location.box) continue;
    // The same column, left-aligned or centred: the two boxes overlap by most of the narrower one.
    const Box& a = *lines[start].location.box;
    const Box& b = *lines[k].location.box;
    double overlap = std::min(a.x1, b.x1) - std::max(a.x0, b.x0);
    if (overlap < 0.5 * std::min(a.width(), b.width())) continue;
    return k;
  }
  return 0;
}

/// "Ene 2021   Contadora General" / "– Actual   Grupo Industrial …": a date column's range broken
/// before its dash; the end goes back beside its start (`start`: the date opening line `i - 1`).
void rejoin_dash_led_end(std::vector<std::string>& text, size_t i, const DateMatch& start) {
  auto above = trim(text[i - 1]);
  auto below = trim(text[i]);
  auto end = opens_with_dash(below) ? range_end_at_start(below) : std::nullopt;
  if (!end) return;
  if (!end->end.present && end->end.year < start.start.year) return;  // an end before its start
  size_t length = end->finish;
  if (auto after = below.substr(length); !after.empty() && !after.starts_with("   ")) return;
  std::string fragment(below.substr(0, length));
  text[i].replace(static_cast<size_t>(below.data() - text[i].data()), length, std::string(length, ' '));
  text[i - 1].insert(static_cast<size_t>(above.data() - text[i - 1].data()) + start.finish, " " + fragment);
}

/// Date ranges broken over two lines, joined again: "Janv. 2013 -" / "2014", and "Ene 2021" / "– Actual".
void rejoin_wrapped_ranges(const Document& document, std::vector<std::string>& text) {
  const std::string open = "2020 - ";  // a range start, so a leading fragment is read as its end
  for (size_t i = 1; i < text.size(); ++i) {
    auto above = trim(text[i - 1]);
    auto start = find_date(above);
    if (!start || start->range || start->begin != 0) continue;
    // The start alone in a date column, its text beside it: the end may open the next line. So too under a start alone
    // on its line ("mars 2021" / "– aujourd'hui" in a card's date cell).
    if (auto rest = above.substr(start->finish); (rest.starts_with("   ") && !opens_with_dash(trim(rest))) ||
                                                 (trim(rest).empty() && opens_with_dash(trim(text[i])))) {
      rejoin_dash_led_end(text, i, *start);
      continue;
    }
    size_t dash = above.find_first_not_of(' ', start->finish);
    if (dash == std::string_view::npos || !(above.substr(dash).starts_with("–") || above.substr(dash).starts_with("—") ||
                                            above.substr(dash).starts_with("- ")))
      continue;
    size_t from = i;
    auto below = trim(text[from]);
    auto own = find_date(below);
    auto end = find_date(open + std::string(below));
    if (below.empty() || (own && own->range) || !end || !end->range || end->begin != 0 || end->finish <= open.size()) {
      // Only for a date bar: the line above holds the start and its dash and nothing else.
      auto after_dash = trim(above.substr(dash + (above.substr(dash).starts_with("-") ? 1 : 3)));
      from = after_dash.empty() ? lone_end_below(document, text, i - 1) : 0;
      if (from == 0) continue;
      below = trim(text[from]);
      end = find_date(open + std::string(below));
      if (!end || (!end->end.present && end->end.year < start->start.year)) continue;  // an end before its start
    }
    size_t length = end->finish - open.size();
    // "2020 – Master of Science" or "Present - Staff Engineer" under "2016 – Bachelor of …" starts an
    // entry of its own: its date opens a dash, as the one above does.
    auto after = below.substr(length);
    auto rest = trim(after);
    // (Past a column gap a dash opens the text column's bullet: "actualidad   – Dirección de …".)
    if ((!rest.empty() && after.size() == rest.size()) || (opens_with_dash(rest) && !after.starts_with("   "))) continue;
    size_t offset = above.data() - text[i - 1].data();
    size_t space = above.find(' ', dash);
    size_t dash_end = space == std::string_view::npos ? text[i - 1].size() : offset + space;
    std::string fragment(below.substr(0, length));
    // "Janv. 2013 - Juin" / "2013": the year completes the month after the dash.
    if (space != std::string_view::npos) {
      size_t word = above.find_first_not_of(' ', space), word_end = above.find(' ', word);
      if (word_end == std::string_view::npos) word_end = above.size();
      auto completed = std::string(above.substr(0, word_end)) + " " + fragment;
      if (word != std::string_view::npos && word_end > word) {
        auto range = find_date(completed);
        if (range && range->range && range->finish == completed.size() && !find_date(above.substr(word, word_end - word)))
          dash_end = offset + word_end;
      }
    }
    size_t at = below.data() - text[from].data();
    text[from].replace(at, length, std::string(length, ' '));
    text[i - 1].insert(dash_end, " " + fragment);
  }
}

/// "De sept. 2016 à déc." over "2019   Polyclinique de l’Erdre SAS": a range in a date column cut before its end's
/// year; the year goes back after its month.
void rejoin_cut_year(std::vector<std::string>& text) {
  static const std::regex kYearOpens{R"(^\s*((?:19|20)\d{2})(?:\s{3,}|$))"};
  for (size_t i = 1; i < text.size(); ++i) {
    std::smatch year;
    auto opening = trim(text[i]);  // a blank line (spaces only) has no first character
    if (opening.empty() || !std::isdigit(static_cast<unsigned char>(opening.front())) || !std::regex_search(text[i], year, kYearOpens))
      continue;
    auto& above = text[i - 1];
    auto cell = trim(std::string_view(above).substr(0, above.find("   ", above.find_first_not_of(' '))));
    auto own = find_date(cell);
    if (cell.empty() || !own || own->range) continue;
    const auto year_text = year.str(1);
    auto completed = std::string(cell) + " " + year_text;
    auto range = find_date(completed);
    // Not "Janvier 2020 à" over "2019   Praktikum, …": an end before its start opens the next entry.
    if (!range || !range->range || range->finish != completed.size() || range->end.year < range->start.year) continue;
    size_t at = static_cast<size_t>(cell.data() - above.data()) + cell.size();
    text[i].replace(static_cast<size_t>(year.position(1)), year_text.size(), std::string(year_text.size(), ' '));
    above.insert(at, " " + year_text);
  }
}

/// "2.1   Engenheira de Aplicações Clínicas", "3.2\tMestrado Integrado …": a word processor's outline numbers before
/// entries, set apart by a gap, blanked (same width) where two lines or more carry a number of one chapter. Not a
/// bullet's figure ("• 2.5 Million users") nor a date ("10.10  –  09.15").
void blank_outline_numbers(const Document& document, std::vector<std::string>& text) {
  static const std::regex kNumber{R"(^\s*(\d{1,2})\.\d{1,2}(?:\.\d{1,2})?\.?(?:\s{2,}|\t)\s*)"};
  struct Numbered {
    size_t line, length;
    std::string chapter;
  };
  std::map<std::string, int> per_chapter;
  std::vector<Numbered> numbered;
  for (size_t i = 0; i < text.size() && i < document.lines.size(); ++i) {
    auto opening = trim(text[i]);
    std::smatch match;
    if (opening.empty() || !std::isdigit(static_cast<unsigned char>(opening.front())) || document.lines[i].list_item ||
        !std::regex_search(text[i], match, kNumber))
      continue;
    auto rest = std::string_view(text[i]).substr(static_cast<size_t>(match.length(0)));
    // A letter: ASCII, or a Latin accented one ("Ó", "É": lead bytes 0xC3–0xC5), not a dash or a bullet.
    auto lead = rest.empty() ? 0u : static_cast<unsigned char>(rest.front());
    bool letter = std::isalpha(static_cast<int>(lead)) || (lead >= 0xC3 && lead <= 0xC5);
    if (!letter || starts_lower(rest)) continue;
    ++per_chapter[match.str(1)];
    numbered.push_back({i, static_cast<size_t>(match.length(0)), match.str(1)});
  }
  for (const auto& number : numbered)
    if (per_chapter[number.chapter] >= 2) text[number.line].replace(0, number.length, number.length, ' ');
}

/// "SC" in a square beside "Suministros Industriales del Cantábrico, S.L.", "AM" over "AZ Maasland · Genk": a job
/// site's logo placeholder, the employer's initials, read into the text. `text` is the next words it abbreviates.
bool abbreviates_loosely(std::string_view monogram, std::string_view text) {
  auto words = split_words(std::string(text));
  if (words.empty()) return false;
  if (words.front().starts_with(monogram)) return true;  // "PX" over "PXL Hogeschool"
  // "PO" over "Hôtel-Restaurant Les Pins d'Oléron", "EP" over "Brasserie L'Écailler du Port": a word's letter after an
  // elided article counts too, its accent dropped.
  std::string initials;
  for (const auto& word : words) {
    auto plain = strip_accents(word);
    initials.push_back(plain[0]);
    if (auto elided = after_elision(plain); elided.size() < plain.size()) initials.push_back(elided[0]);
  }
  size_t at = 0;
  for (char letter : monogram)
    if ((at = initials.find(letter, at)) == std::string::npos) return false;
    else ++at;
  return true;
}

/// Blanks logo monograms where a page has two or more (a product draws one per entry), alone on their line or set
/// apart before the employer or school they abbreviate. Not a degree's initials ("MBA   Master of Business …").
void blank_logo_monograms(const Document& document, std::vector<std::string>& text) {
  auto monogram_of = [&](size_t i) -> std::string {
    const Line& line = document.lines[i];
    if (line.runs.empty() || !line.location.box || line.list_item) return "";
    auto first = std::string(trim(line.runs.front().text));
    // Dribbble's one-letter squares ("K   Kraal & Co. Design Studio") too, checked more strictly below.
    bool capitals = first.size() >= 1 && first.size() <= 3 &&
                    std::all_of(first.begin(), first.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    return capitals && degree_length(first) == 0 && trim(text[i]).starts_with(first) ? first : "";
  };
  auto next_text = [&](size_t i) -> std::string_view {
    for (size_t k = i + 1; k < text.size() && k <= i + 2; ++k)
      if (!trim(text[k]).empty()) return trim(text[k]);
    return {};
  };
  std::vector<std::pair<size_t, size_t>> found;  // line, bytes to blank
  for (size_t i = 0; i < text.size() && i < document.lines.size(); ++i) {
    auto monogram = monogram_of(i);
    if (monogram.empty()) continue;
    const Line& line = document.lines[i];
    auto line_text = trim(text[i]);
    if (line.runs.size() == 1 && line_text == monogram) {
      // Recruitee's letter square between title and employer ("Bedrijfsleider" / "B" / "Brasserie De Loolaan") or under
      // the school ("Saxion Hogeschool" / "S"): a letter alone opening a word of the name beside it.
      // The square stands left of the text beside it, not in its column ("Biology" / "B" in a grade column).
      auto square_beside = [&](size_t k) {
        if (k >= document.lines.size() || k >= text.size() || !document.lines[k].location.box) return false;
        return line.location.box->x1 < document.lines[k].location.box->x0 && abbreviates_loosely(monogram, trim(text[k]));
      };
      bool letter = monogram.size() == 1 && (square_beside(i + 1) || (i > 0 && square_beside(i - 1)));
      // Initials alone under the employer's line too, the logo centred on the entry's lines ("Frischdienst Nord-West
      // GmbH & Co. KG · Unna" / "FN" / "09/2015 – 03/2019").
      auto above = i > 0 ? trim(text[i - 1]) : std::string_view();
      bool initials = monogram.size() >= 2 && (abbreviates_loosely(monogram, next_text(i)) || abbreviates_loosely(monogram, above));
      if (letter || initials) found.emplace_back(i, text[i].size());
      continue;
    }
    // Set apart by a gap wider than a word space, before the name it abbreviates or under the school it stands for.
    if (line.runs.size() < 2 || !line.runs[1].location.box || !line.runs[0].location.box ||
        line.runs[1].location.box->x0 - line.runs[0].location.box->x1 < 4)
      continue;
    auto rest = line_text.substr(monogram.size());
    auto above = i > 0 ? trim(text[i - 1]) : std::string_view();
    // A letter alone only before the name it opens ("O   Ogilvy South Africa"); initials before it, under the school they
    // stand for, or before the title over the employer they abbreviate ("KL   Fachkraft …" / "Kaufland Logistik …").
    // ("L   Chiringuito Los Manueles": JOB TODAY's square takes a later word's letter.)
    bool letter = monogram.size() == 1 && count_words(rest) >= 2 && abbreviates_loosely(monogram, trim(rest));
    bool initials = monogram.size() >= 2 && (abbreviates_loosely(monogram, rest) || abbreviates_loosely(monogram, above) ||
                                             abbreviates_loosely(monogram, next_text(i)));
    if (letter || initials) found.emplace_back(i, text[i].find(monogram) + monogram.size());
  }
  std::map<int, int> per_page;
  for (const auto& [line, length] : found) ++per_page[document.lines[line].location.page];
  for (const auto& [line, length] : found)
    if (per_page[document.lines[line].location.page] >= 2) text[line].replace(0, length, length, ' ');
}

/// The word closing `line` is one a web page's button prints ("Incluir", "Editar", "Bearbeiten"): asked of every line
/// with a column gap before its regex.
bool ends_in_button_word(std::string_view line) {
  static const std::set<std::string, std::less<>> kButtons{"Incluir",  "Editar",  "Adicionar",  "Excluir",    "Añadir",    "Agregar",
                                                           "Modificar", "Ajouter", "Modifier",  "Aggiungi",   "Modifica",  "Hinzufügen",
                                                           "Bearbeiten", "Toevoegen", "Bewerken", "Wijzigen"};
  line = trim(line);
  auto space = line.rfind(' ');
  return space != std::string_view::npos && kButtons.contains(line.substr(space + 1));
}

/// Line texts with rail labels blanked (same width, so column gaps survive), then TeX's U+2010 hyphens as "-"
/// (shorter: no offset into a line's layout text holds after this).
SectionText section_text(const Document& document, const std::vector<DetectedHeading>& headings) {
  SectionText text{document, {}, {}};
  text.text.reserve(document.lines.size());
  for (const auto& line : document.lines) text.text.push_back(blank_icon_glyphs(layout_text(line)));
  text.page_edges = page_right_edges(document, text.text);
  // "© 2024 Sanne van der Heijden · Gebouwd met Jekyll": a web page's copyright footer printed with the CV, among its
  // last lines, holds no entry ("© 2021 IEEE. Reprinted …" in a list of papers does).
  static const std::regex kCopyright{R"(^\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d\b)", std::regex::icase};
  for (size_t i = text.text.size() >= 3 ? text.text.size() - 3 : 0; i < text.text.size(); ++i)
    if (std::regex_search(text.text[i], kCopyright)) text.text[i].clear();
  // "+−−−−−−+−−−−−−+", "━━━━━━": an ASCII or box-drawn table's rule lines hold no words; "Work Experience + Add",
  // "Resume Headline ✎ Edit": a profile page's buttons printed beside its headings, neither.
  static const std::regex kButton{R"(\s*(?:\+\s?Add(?: more)?|✎\s?Edit)\s*$)"};
  // Emprega Brasil's "Experiências profissionais   Incluir": a button's word set apart at a heading's end, maybe after
  // its pencil ("✎ Modifier").
  static const std::regex kWordButton{
      R"(\s{3,}(?:✎\s?)?(?:Incluir|Editar|Adicionar|Excluir|Añadir|Agregar|Modificar|Ajouter|Modifier|Aggiungi|Modifica|Hinzufügen|Bearbeiten|Toevoegen|Bewerken|Wijzigen)\s*$)"};
  // "Esperienza 1 di 3", "Experience 2 of 3": a form's counter over each record.
  static const std::regex kCounter{
      R"(^\s*(?:esperienza|experience|erfahrung|expérience|experiencia|experiência|ervaring|formazione|istruzione|education|formation|formación|formação|opleiding|ausbildung|position|job)\s+\d{1,2}\s+(?:di|of|von|sur|de|van)\s+\d{1,2}\s*$)",
      std::regex::icase};
  for (auto& line : text.text)
    if (is_drawn_rule(line) || (line.size() < 40 && std::regex_match(line, kCounter))) line.clear();
    else if (line.find("Add") != std::string::npos || line.find("Edit") != std::string::npos) line = std::regex_replace(line, kButton, "");
    else if (line.size() < 120 && line.find("   ") != std::string::npos && ends_in_button_word(line)) line = std::regex_replace(line, kWordButton, "");
  rejoin_wrapped_ranges(document, text.text);
  rejoin_cut_year(text.text);
  blank_outline_numbers(document, text.text);
  blank_logo_monograms(document, text.text);
  join_wrapped_form_labels(text.text);
  unstack_form_labels(text.text);
  unstack_label_grids(document, text.text);
  for (const auto& heading : headings) {
    if (heading.body_offset == 0) continue;
    for (size_t k = 0; k < heading.line_count; ++k) {
      auto& line = text.text[heading.line + k];
      size_t label = k == 0 ? heading.body_offset : rail_label_length(line);
      line.replace(0, std::min(label, line.size()), std::string(std::min(label, line.size()), ' '));
    }
  }
  // TeX sets "Diplom‐Ingenieur", "Dresden‐Elbe" with U+2010: the hyphen every word list spells as "-".
  for (auto& line : text.text) {
    for (const char* hyphen : {"\u2010", "\u2011"})
      for (auto at = line.find(hyphen); at != std::string::npos; at = line.find(hyphen, at + 1)) line.replace(at, 3, 1, '-');
    // "Transportes Pastor, S.A. − Elche": a spaced minus sign (a2ps, PostScript fonts) is the dash a typist meant.
    for (auto at = line.find(" \u2212 "); at != std::string::npos; at = line.find(" \u2212 ", at + 1)) line.replace(at + 1, 3, "\u2013");
    // "Atlântico Cargas Ltda.∙ São Gonçalo": Typst's bullet operator, set tight to the word before, is a middle dot.
    for (auto at = line.find("\u2219"); at != std::string::npos; at = line.find("\u2219", at + 1))
      line.replace(at, 3, at > 0 && line[at - 1] != ' ' ? " \u00b7" : "\u00b7");
  }
  return text;
}

double line_size(const Line& line) {
  double size = 0;
  for (const auto& run : line.runs) size = std::max(size, run.size);
  return size;
}

bool all_caps(std::string_view text) {
  bool letters = false;
  for (char c : text) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    letters = letters || std::isalpha(static_cast<unsigned char>(c));
  }
  return letters;
}

/// "COMPETENCES" then "Programming languages": an unmapped heading set smaller, or in mixed
/// case under a capitalised one, groups the parent's content rather than starting a section.
bool is_subheading(const Document& document, const Section& section, const Section& parent) {
  const Line& line = document.lines[section.heading_line];
  const Line& above = document.lines[parent.heading_line];
  double size = line_size(line), parent_size = line_size(above);
  if (size > 0 && parent_size > 0 && size + 0.5 < parent_size) return true;
  // "## Skills" over a plain "Languages" line (a pandoc definition's term): Markdown marks its headings' rank.
  // Not a plain text's underlines, whose "===" and "---" mark no rank.
  if (document.format == Format::Md && above.heading && !line.heading) return true;
  return all_caps(parent.heading) && !all_caps(section.heading) && (size == 0 || size <= parent_size);
}

std::string section_prose(const SectionText& text, const Section& section) {
  std::vector<std::string> parts;
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    auto line = collapse_spaces(text.text[i]);
    if (!line.empty()) parts.push_back(line);
  }
  return join(parts, " ");
}

/// "Key Achievements" inside Experience, with a job header under it
/// ("Accounts Officer ... Nov 2008 – Nov 2010"): the job list goes on, whatever the sub-heading says.
bool holds_jobs(const SectionText& text, const Section& section) {
  if (section.canonical != "awards") return false;
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    auto date = find_date(text.text[i]);
    if (date && date->range && (title_score(text.text[i]) > 0 || period_value(text.text[i]))) return true;
  }
  return false;
}

/// "Activities", "Leadership", "Vie associative": clubs, teams and committees, whose roles are no jobs.
bool names_activities(std::string_view heading) {
  static const std::regex kActivities{
      R"(activit|involvement|extra.?curricular|leadership|club|societ|athletic|sport|committee|organi[sz]ations|\bassociations?\b|associati[fv]|affiliation|membership|built|side project|aktivität|ehrenamt|vie associative|actividades|atividades|attività|activiteiten|nevenactiviteit)",
      std::regex::icase};
  return std::regex_search(heading.begin(), heading.end(), kActivities);
}

/// "Where I've Made an Impact" in a resume with no experience heading: a section no list names whose entries
/// are dated roles with bullets is the job list (still reported unnamed). Beside a named one it is clubs or
/// committees, which are no jobs; so is a section named for them.
bool lists_jobs(const SectionText& text, const Section& section) {
  if (names_activities(section.heading)) return false;
  bool dated_role = false, bullet = false;
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    bullet = bullet || text.document.lines[i].list_item;
    auto date = find_date(text.text[i]);
    if (!date || !date->range || text.document.lines[i].list_item) continue;
    // The title on the dated line or on one of the two lines above it ("Trainee Accountant" / employer / dates).
    for (size_t k = std::max(section.first_line, i >= 2 ? i - 2 : 0); k <= i && !dated_role; ++k)
      dated_role = !text.document.lines[k].list_item && title_score(text.text[k]) > 0;
  }
  return dated_role && bullet;
}

/// "LANGUAGES" over "Python", "SQL", "Scala": a sidebar's programming languages, most of them known tools and
/// no spoken one among them, are skills (not a template's "Language 1   Skill level").
bool lists_programming_languages(const SectionText& text, const Section& section) {
  int items = 0, known = 0;
  for (size_t i = section.first_line; i < section.end_line; ++i) {
    auto words = split_words(collapse_spaces(text.text[i]));
    if (words.empty()) continue;
    if (std::any_of(words.begin(), words.end(), [](const std::string& word) { return is_spoken_language(word); })) return false;
    ++items;
    known += names_technology(words.front()) ? 1 : 0;
  }
  return items >= 2 && known * 2 >= items;
}

/// Two columns running onto the next page: the lines that open a column there, before any heading,
/// go on the section last headed in that column ("Graduate Teaching Assistant" under EXPERIENCE, though
/// the right column's CERTIFICATIONS was read last). Returns the sections to parse, split so.
std::vector<Section> sections_to_parse(const Document& document, const std::vector<Section>& sections) {
  // The column a line stands in; on a page of one column (the sidebar ended), the earlier column its left edge
  // lines up with ("2003 – 2008" / "Diploma di Liceo" on page 2 under page 1's main column).
  // Not a full-width line that starts at a left sidebar's edge: the line must also end within that column.
  std::map<int, double> column_right;
  for (const auto& line : document.lines)
    if (line.column > 0 && line.location.box) column_right[line.column] = std::max(column_right[line.column], line.location.box->x1);
  // The right edge the one-column lines from `at` reach on their page, up to the section's end.
  auto run_right = [&](size_t at, size_t end) {
    double right = 0;
    for (size_t i = at; i < end && document.lines[i].location.page == document.lines[at].location.page; ++i)
      if (document.lines[i].location.box && document.lines[i].column == 0) right = std::max(right, document.lines[i].location.box->x1);
    return right;
  };
  auto column_of = [&](size_t at, size_t end, size_t before) {
    const Line& line = document.lines[at];
    if (line.column > 0 || !line.location.box) return line.column;
    int aligned = 0;
    double right = run_right(at, end);
    for (size_t t = 0; t < before; ++t) {
      const Line& heading = document.lines[sections[t].heading_line];
      if (heading.column > 0 && heading.location.box && std::abs(heading.location.box->x0 - line.location.box->x0) < 20 &&
          right <= column_right[heading.column] + 15)
        aligned = heading.column;
    }
    return aligned;
  };
  std::vector<Section> out;
  for (size_t s = 0; s < sections.size(); ++s) {
    Section section = sections[s];
    const Line& heading = document.lines[section.heading_line];
    size_t carried = section.end_line;
    for (size_t i = section.first_line; i < section.end_line && heading.column > 0; ++i) {
      const Line& line = document.lines[i];
      if (line.location.page <= heading.location.page) continue;
      int column = column_of(i, section.end_line, s);
      if (column > 0 && column != heading.column) {
        carried = i;
        break;
      }
    }
    const Section* column_owner = nullptr;  // the last earlier section headed in the carried lines' column
    for (size_t t = 0; t < s && carried < section.end_line; ++t)
      if (document.lines[sections[t].heading_line].column == column_of(carried, section.end_line, s)) column_owner = &sections[t];
    if (!column_owner || column_owner->canonical.empty()) {
      out.push_back(section);
      continue;
    }
    Section continued = *column_owner;
    continued.first_line = carried;
    continued.end_line = section.end_line;
    section.end_line = carried;
    out.push_back(section);
    out.push_back(continued);
  }
  return out;
}

/// A glyph decoded as a letter, a digit, ASCII punctuation or a private-use code point: no bullet, rating dot or
/// other symbol, which reads as itself.
bool decodes_as_letter(std::string_view text) {
  int32_t at = 0;
  bool any = false;
  while (at < static_cast<int32_t>(text.size())) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), at, static_cast<int32_t>(text.size()), c);
    if (c == ' ') continue;
    bool ascii = c > 0x20 && c < 0x7F && c != '-' && c != '*' && c != '|';  // a bar reads as a separator anyway
    bool private_use = c >= 0xE000 && c <= 0xF8FF;
    if (!ascii && !private_use && !u_isalpha(c)) return false;
    any = true;
  }
  return any;
}

/// An icon font's glyphs decoded as letters ("+ Stuttgart", "l Berufserfahrung", "# jane@…") taken out, a list's
/// marker kept: the structure reads the words beside the icons.
void take_out_icon_runs(Line& line, const std::set<std::string, std::less<>>& symbolic) {
  size_t cursor = 0;
  for (size_t k = 0; k < line.runs.size(); ++k) {
    auto& run = line.runs[k];
    if (run.text.empty()) continue;
    bool marker = k == 0 && line.list_item && trim(run.text) == line.list_marker;  // stripped from the text already
    if (marker) continue;
    auto at = line.text.find(run.text, cursor);
    if (at == std::string::npos) continue;
    cursor = at + run.text.size();
    if (!symbolic.count(run.font) || trim(run.text).size() > 4 || !decodes_as_letter(run.text)) continue;
    // Opening the line it goes, with the space after it; between words it parts them as the icon did ("SA [pin]
    // Lesquin (59)" reads "SA · Lesquin (59)").
    bool opens = trim(std::string_view(line.text).substr(0, at)).empty();
    size_t length = run.text.size() + (opens && at + run.text.size() < line.text.size() && line.text[at + run.text.size()] == ' ' ? 1 : 0);
    std::string mark = opens ? "" : "·";
    line.text.replace(at, length, mark);
    cursor = at + mark.size();
    run.text = mark;
  }
  line.text = std::string(trim(line.text));
}

/// The document with icon glyphs taken out, or nothing when no font named as an icon font prints on it (a text font
/// whose ligatures decode to private-use code points is none; nor is Symbol, whose letters are Greek: "TNF-α").
std::optional<Document> without_icon_glyphs(const Document& document) {
  std::set<std::string, std::less<>> symbolic;
  for (const auto& font : document.fonts)
    if (font.named_symbolic && fold_case(font.name).find("symbol") == std::string::npos) symbolic.insert(font.name);
  if (symbolic.empty()) return std::nullopt;
  Document plain = document;
  for (auto* lines : {&plain.lines, &plain.raw_lines})
    for (auto& line : *lines) take_out_icon_runs(line, symbolic);
  return plain;
}

Resume analyse_plain_structure(const Document& document);

}  // namespace

Resume analyse_structure(const Document& document) {
  if (auto plain = without_icon_glyphs(document)) return analyse_plain_structure(*plain);
  return analyse_plain_structure(document);
}

/// "Qualifications & Training", "Weiterbildung", "Formación complementaria": headings some résumés use for
/// their schools, and others for courses taken after them.
bool names_further_training(std::string_view heading) {
  // Not "Qualifications" (A-levels under a degree) nor "Education and Training": those are schools.
  static const std::regex kTraining{R"(training|courses|cursos|complementa|weiterbildung|fortbildung|formation continue|bijscholing)",
                                    std::regex::icase};
  static const std::regex kSchools{R"(educat|ausbildung|istruzione|educaci|educaç|opleiding|onderwijs)", std::regex::icase};
  return std::regex_search(heading.begin(), heading.end(), kTraining) && !std::regex_search(heading.begin(), heading.end(), kSchools);
}

namespace {

Resume analyse_plain_structure(const Document& document) {
  Resume resume;
  auto headings = find_headings(document);
  resume.sections = make_sections(document, headings);
  size_t header_end = resume.sections.empty() ? document.lines.size() : resume.sections.front().heading_line;
  std::pair<size_t, size_t> contact_section{0, 0};
  if (const auto* contact = resume.find_section("contact")) {
    contact_section = {contact->first_line, contact->end_line};
    // "DATI ANAGRAFICI" then "RESIDENZA E RECAPITI": a form's personal details over several sections in a row.
    for (const auto* next = contact + 1; next < resume.sections.data() + resume.sections.size() && next->canonical == "contact"; ++next)
      contact_section.second = next->end_line;
  }
  resume.contact = extract_contact(document, header_end, contact_section);
  auto text = section_text(document, headings);
  const Section* parent = nullptr;  // the last section with a known name
  const auto parsed = sections_to_parse(document, resume.sections);
  bool named_experience = resume.find_section("experience") != nullptr;
  bool schools_read = false;
  for (const auto& section : parsed) {
    auto canonical = section.canonical;
    // "QUALIFICATIONS & TRAINING" after "EDUCATION": the schools are listed; these are courses and credentials.
    if (canonical == "education" && schools_read && names_further_training(section.heading)) canonical = "certifications";
    schools_read = schools_read || canonical == "education";
    // "SKILLS" / "Languages" / "SQL, Python, R": a group label set below the skills heading's rank
    // is parsed as skills (spoken languages are dropped there); still reported under its own heading.
    bool skill_group = canonical.empty() || canonical == "skills" || canonical == "languages";
    bool below_parent = parent && is_subheading(document, section, *parent);
    if (skill_group && below_parent && parent->canonical == "skills")
      canonical = "skills";
    else if (parent && parent->canonical == "experience" && holds_jobs(text, section))
      canonical = "experience";  // "Key Achievements" between jobs: the jobs go on below it
    else if (canonical.empty() && !below_parent && !named_experience && lists_jobs(text, section)) {
      canonical = "experience";
      parent = nullptr;
    }
    else if (!canonical.empty()) parent = &section;
    else if (!below_parent) parent = nullptr;  // "Sonstiges" at the sections' rank: what follows is no group of it
    if (canonical == "languages" && !below_parent && lists_programming_languages(text, section)) canonical = "skills";
    Section read_as = section;  // the name it is parsed under; reported under its own
    read_as.canonical = canonical;
    if (canonical == "experience" || canonical == "volunteer") parse_work(text, read_as, resume);
    else if (canonical == "education") parse_education(text, section, resume);
    else if (canonical == "skills") parse_skills(text, section, resume);
    else if (canonical == "projects") parse_projects(text, section, resume);
    else if (canonical == "summary" && resume.summary.empty()) resume.summary = section_prose(text, section);
    else parse_skill_labels(text, section, resume);
  }
  return resume;
}

}  // namespace

}  // namespace atslint
