#pragma once
// Entries inside sections: jobs, schools, skill groups, projects, and the
// bullets under them.
#include <string>
#include <vector>

#include "linter/document.h"
#include "linter/structure/resume.h"

namespace atslint {

/// Document lines as the structure pass reads them: rail labels blanked out.
struct SectionText {
  const Document& document;
  std::vector<std::string> text;  ///< one per Document::lines entry
};

void parse_work(const SectionText& lines, const Section& section, Resume& resume);
/// Degree, field and school from the parts of an education line ("BSc Physics", "Example University").
void read_education_fields(const std::vector<std::string>& parts, EducationEntry& entry);
void parse_education(const SectionText& lines, const Section& section, Resume& resume);
void parse_skills(const SectionText& lines, const Section& section, Resume& resume);
/// "Technical Skills: SQL, PHP" lines inside other sections ("Additional").
void parse_skill_labels(const SectionText& lines, const Section& section, Resume& resume);
void parse_projects(const SectionText& lines, const Section& section, Resume& resume);

}  // namespace atslint
