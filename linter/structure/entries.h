#pragma once
// Entries inside sections: jobs, schools, skill groups, projects, and the
// bullets under them.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "linter/document.h"
#include "linter/structure/dates.h"
#include "linter/structure/resume.h"

namespace atslint {

/// Document lines as the structure pass reads them: rail labels blanked out.
struct SectionText {
  const Document& document;
  std::vector<std::string> text;  ///< one per Document::lines entry
  /// The right edge each layout column's text reaches on the whole document (column 0 = full width), once per
  /// document: a section's own widest line would always look full.
  std::map<int, double> page_edges;
};

/// The right edge each layout column's text reaches over the document's lines, `texts` their layout text (one per line).
std::map<int, double> page_right_edges(const Document& document, const std::vector<std::string>& texts);

void parse_work(const SectionText& lines, const Section& section, Resume& resume);
/// "Orange SA", "Siemens AG", "Zalando SE": a name closed by its legal form.
bool has_legal_form(std::string_view name);
/// Dates from a match: a range's two ends, or a lone date as the start (or the end, for a school).
void assign_dates(const std::optional<DateMatch>& date, PartialDate& start, PartialDate& end, bool single_is_end);
/// Which section and line an entry comes from, for its location.
void place_entry(WorkEntry& entry, const SectionText& lines, const Section& section, size_t line);
/// Degree, field and school from the parts of an education line ("BSc Physics", "Example University").
void read_education_fields(const std::vector<std::string>& parts, EducationEntry& entry);
/// "Baccalauréat S, mention Bien": a classification among the parts becomes the score and leaves them.
void take_classification(std::vector<std::string>& parts, EducationEntry& entry);
/// A school's name read from its line or cell without what follows it there: a remark, a qualification's level, an
/// examining board, its town.
void tidy_institution(std::string& institution);
void parse_education(const SectionText& lines, const Section& section, Resume& resume);
/// A bullet glyph the front end left in the text ("• Cut latency", "- Planung"): its byte length with the space; 0 when
/// the text opens on none ("-mann)", a word's broken half).
/// "Hotel Alpenrose ★★★★", "Hotel Villa Adriatica ***S": a hotel's stars after its name, no part of it.
std::string drop_rating_stars(std::string part);
size_t bullet_glyph_length(std::string_view text);
/// A word broken at a hyphen after a letter ("Logistikdienstleis-", "Heilbronn-").
bool ends_in_word_hyphen(std::string_view above);
/// `text` (printed from `line`) as a highlight of `job`, the resume's work entry number `entry` (maybe not added yet),
/// and as one of the resume's bullets, which the bullet rules read.
void add_highlight(WorkEntry& job, size_t entry, const std::string& text, size_t line, const Section& section,
                   const Document& document, Resume& resume);
void parse_skills(const SectionText& lines, const Section& section, Resume& resume);
/// Europass's language grid: its labels, column heads, rows of levels and legend; no skills.
bool is_language_grid_line(std::string_view text);
/// One word or label of that grid ("ESCRITA", "Mother tongue").
bool is_language_grid_word(std::string_view text);
/// "Technical Skills: SQL, PHP" lines inside other sections ("Additional").
void parse_skill_labels(const SectionText& lines, const Section& section, Resume& resume);
void parse_projects(const SectionText& lines, const Section& section, Resume& resume);

}  // namespace atslint
