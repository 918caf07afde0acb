#include "linter/structure/headings.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "linter/structure/section_synonyms.h"
#include "linter/text_util.h"

namespace atslint {

static SectionName exact_match(const std::string& normalised) {
  for (const auto& synonym : section_synonyms())
    if (synonym.phrase == normalised) return {synonym.canonical, synonym.language};
  return {};
}

SectionName canonical_section(std::string_view heading) {
  auto normalised = normalise_heading(heading);
  if (normalised.empty()) return {};
  if (auto found = exact_match(normalised); !found.canonical.empty()) return found;
  // Compound ("education & certifications") and qualified ("relevant work
  // experience") headings: the longest synonym standing as whole words wins.
  if (count_words(normalised) > 6) return {};
  SectionName best;
  size_t best_length = 0;
  auto padded = " " + normalised + " ";
  for (const auto& synonym : section_synonyms()) {
    if (synonym.phrase.size() <= best_length) continue;
    if (padded.find(" " + synonym.phrase + " ") != std::string::npos) {
      best = {synonym.canonical, synonym.language};
      best_length = synonym.phrase.size();
    }
  }
  return best;
}

static bool is_upper_case_text(std::string_view text) {
  auto unicode = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  int letters = 0;
  for (int32_t i = 0; i < unicode.length();) {
    UChar32 c = unicode.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isalpha(c)) continue;
    if (u_islower(c)) return false;
    ++letters;
  }
  return letters >= 3;
}

static double median_font_size(const Document& document) {
  std::vector<double> sizes;
  for (const auto& line : document.lines)
    for (const auto& run : line.runs)
      if (run.size > 0) sizes.push_back(run.size);
  if (sizes.empty()) return 0;
  std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
  return sizes[sizes.size() / 2];
}

static bool looks_styled(const Line& line, double body_size) {
  if (line.runs.empty()) return false;
  bool all_bold = std::all_of(line.runs.begin(), line.runs.end(), [](const TextRun& run) {
    return run.bold || trim(run.text).empty();
  });
  double size = line.runs.front().size;
  return all_bold || (body_size > 0 && size >= body_size * 1.15);
}

bool is_heading_line(const Document& document, size_t index) {
  const Line& line = document.lines.at(index);
  if (line.heading) return true;
  auto text = trim(line.text);
  if (line.list_item || text.empty() || text.size() > 60 || count_words(text) > 6) return false;
  char last = text.back();
  if (last == '.' || last == ',' || last == ';') return false;
  if (!canonical_section(text).canonical.empty()) return true;
  if (index == 0) return false;  // the first line is the name far more often than a heading
  return is_upper_case_text(text) || looks_styled(line, median_font_size(document));
}

}  // namespace atslint
