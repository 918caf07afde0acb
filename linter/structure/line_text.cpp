#include "linter/structure/line_text.h"

#include <algorithm>

namespace atslint {

std::string layout_text(const Line& line) {
  if (line.runs.size() < 2 || line.text.find("   ") != std::string::npos) return line.text;
  bool positioned = std::all_of(line.runs.begin(), line.runs.end(), [](const TextRun& run) { return run.location.box.has_value(); });
  if (!positioned) return line.text;
  std::string text;
  const TextRun* previous = nullptr;
  for (const auto& run : line.runs) {
    if (previous) {
      double size = std::max(previous->size, 6.0);
      double gap = run.location.box->x0 - previous->location.box->x1;
      bool spaced = !text.empty() && (text.back() == ' ' || (!run.text.empty() && run.text.front() == ' '));
      if (gap > std::max(12.0, size * 1.5)) text += "   ";
      else if (gap > size * 0.2 && !spaced) text += " ";
    }
    text += run.text;
    previous = &run;
  }
  return text;
}

}  // namespace atslint
