#include "linter/structure/structure.h"

#include "linter/structure/headings.h"
#include "linter/text_util.h"

namespace atslint {

static std::vector<Section> find_sections(const Document& document) {
  std::vector<Section> sections;
  for (size_t i = 0; i < document.lines.size(); ++i) {
    if (document.lines[i].zone != Zone::Body && document.lines[i].zone != Zone::TableCell &&
        document.lines[i].zone != Zone::TextBox)
      continue;
    if (!is_heading_line(document, i)) continue;
    if (!sections.empty()) sections.back().end_line = i;
    Section section;
    section.heading = std::string(trim(document.lines[i].text));
    auto name = canonical_section(section.heading);
    section.canonical = name.canonical;
    section.language = name.language;
    section.location = document.lines[i].location;
    section.heading_line = i;
    section.first_line = i + 1;
    section.end_line = document.lines.size();
    sections.push_back(std::move(section));
  }
  return sections;
}

static bool is_accomplishment_section(std::string_view canonical) {
  return canonical == "experience" || canonical == "projects" || canonical == "volunteer";
}

static std::vector<Bullet> find_bullets(const Document& document, const std::vector<Section>& sections) {
  std::vector<Bullet> bullets;
  for (const auto& section : sections) {
    if (!is_accomplishment_section(section.canonical)) continue;
    for (size_t i = section.first_line; i < section.end_line; ++i) {
      const Line& line = document.lines[i];
      if (!line.list_item) continue;
      bullets.push_back({std::string(trim(line.text)), section.canonical, line.location, i, -1});
    }
  }
  return bullets;
}

Resume analyse_structure(const Document& document) {
  Resume resume;
  resume.sections = find_sections(document);
  resume.bullets = find_bullets(document, resume.sections);
  return resume;
}

}  // namespace atslint
