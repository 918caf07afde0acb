#pragma once
// Heading detection and the mapping of headings to canonical section names.
#include <string>
#include <string_view>
#include <vector>

#include "linter/document.h"

namespace atslint {

struct SectionName {
  std::string canonical;               ///< "" when the heading maps to no known section
  std::string language;                ///< language of the first matching synonym
  std::vector<std::string> languages;  ///< every language spelling it this way ("profil": de, fr)
  bool exact = false;                  ///< the whole heading is a synonym
  bool head_final = false;             ///< the synonym ends the heading or a compound part
  std::string exact_part;              ///< a compound's part that is a synonym whole ("internship" in "Internship / Industrial Training")
};

/// Maps a heading as printed ("Berufserfahrung", "WORK EXPERIENCE:", "Education &
/// Certifications", "Relevant Experience") to its canonical section.
SectionName canonical_section(std::string_view heading);

/// "Ehrenamt und Interessen", "Nevenactiviteiten en interesses": one part of a compound heading names `canonical`,
/// whichever part the heading maps to as a whole.
bool heading_names(std::string_view heading, std::string_view canonical);

/// Bytes of a leading section number ("2 ", "3. ", "4.1 ") before a heading's words; 0 when none.
size_t section_number_length(std::string_view heading);

struct DetectedHeading {
  size_t line = 0;         ///< index into Document::lines
  size_t line_count = 1;   ///< 2 when a rail label wraps ("Technical" / "Skills")
  std::string text;        ///< as printed
  SectionName name;
  size_t body_offset = 0;  ///< bytes of line.text taken by a rail label; 0 = the whole line
  size_t lead_lines = 0;   ///< the section's lines printed above a rail label set lower than its content's top
};

/// "Werkervaring 1", "Opleiding 2", "Experiencia 1 de 3": the section a portal's caption over one block of its fields
/// names, "" for any other text. Under another section's heading it may be a heading with its count ("Esperienze lavorative 4").
std::string numbered_caption_of(std::string_view text);

/// "Curriculum Vitae", "Resume", "Lebenslauf": a title for the whole document.
bool is_document_title(std::string_view text);

/// The median size of the document's runs: its body text's; 0 for plain text, which has no sizes.
double body_font_size(const Document& document);

/// Every section heading in reading order, from all the signals the model has:
/// heading styles, size/weight against the body, capitals, letter-spacing,
/// labels in a left rail beside their content.
std::vector<DetectedHeading> find_headings(const Document& document);

/// A left-rail label: "Experience      Staff Engineer ..." -> the label's byte length, or 0.
size_t rail_label_length(std::string_view text);

}  // namespace atslint
