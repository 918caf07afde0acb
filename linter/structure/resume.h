#pragma once
// What the structure pass extracts from a Document: sections, contact details,
// entries and bullets. Rules and `atslint parse` (JSON Resume) read it.
#include <optional>
#include <string>
#include <vector>

#include "linter/document.h"

namespace atslint {

struct Section {
  std::string heading;    ///< as printed
  std::string canonical;  ///< summary, experience, education, skills, ... or "" when unmapped
  std::string language;   ///< "en", "de", ... of the matched synonym; "" when unmapped
  Location location;
  size_t heading_line = 0;  ///< index into Document::lines
  size_t first_line = 0;    ///< body: [first_line, end_line)
  size_t end_line = 0;
};

/// A partial date as printed; year 0 = none. month 0 = year only.
struct PartialDate {
  int year = 0;
  int month = 0;
  bool present = false;  ///< "Present", "now", "heute", "aujourd'hui"...
  std::string text;      ///< as printed
  std::string iso() const;  ///< "YYYY-MM", "YYYY" or ""
};

struct Bullet {
  std::string text;
  std::string section;  ///< canonical section it belongs to
  Location location;
  size_t line = 0;      ///< index into Document::lines
  int entry = -1;       ///< index into Resume::work / projects, -1 when none
};

struct Profile {
  std::string network;  ///< "LinkedIn", "GitHub", ...
  std::string url;
  std::string username;
};

struct Contact {
  std::string name, email, phone, url;
  std::string city, region, country_code;
  std::string location_text;  ///< the town part as printed, no street or postcode ("Lyon, France")
  std::string address;        ///< the whole address as printed, street included
  std::vector<Profile> profiles;
  Location name_location, email_location, phone_location;
};

struct WorkEntry {
  std::string company, position, location;
  std::string summary;  ///< lines of prose under the entry's header (a description, or bullets drawn without a glyph)
  PartialDate start, end;
  std::vector<std::string> highlights;
  std::vector<size_t> bullet_indices;  ///< into Resume::bullets
  std::string section;                 ///< canonical section (experience, volunteer)
  Location location_in_document;
  size_t first_line = 0;
};

struct EducationEntry {
  std::string institution, study_type, area, score;
  PartialDate start, end;
  Location location_in_document;
};

struct SkillGroup {
  std::string name;
  std::vector<std::string> keywords;
};

struct ProjectEntry {
  std::string name, description, url;
  PartialDate start, end;
  std::vector<std::string> highlights;
  Location location_in_document;
};

struct Resume {
  Contact contact;
  std::string summary;
  std::vector<Section> sections;
  std::vector<WorkEntry> work;
  std::vector<EducationEntry> education;
  std::vector<SkillGroup> skills;
  std::vector<ProjectEntry> projects;
  std::vector<Bullet> bullets;  ///< every bullet, in reading order

  const Section* find_section(std::string_view canonical) const;
  /// The section holding Document line `line`, or nullptr.
  const Section* section_of_line(size_t line) const;
};

}  // namespace atslint
