#include <algorithm>
#include <cmath>
#include "linter/document.h"

#include <fmt/format.h>

namespace atslint {

const char* format_name(Format format) {
  switch (format) {
    case Format::Txt: return "txt";
    case Format::Md: return "md";
    case Format::Pdf: return "pdf";
    case Format::Docx: return "docx";
    case Format::Odt: return "odt";
  }
  return "txt";
}

const char* zone_name(Zone zone) {
  switch (zone) {
    case Zone::Body: return "body";
    case Zone::Header: return "header";
    case Zone::Footer: return "footer";
    case Zone::TextBox: return "text box";
    case Zone::TableCell: return "table cell";
    case Zone::Footnote: return "footnote";
  }
  return "body";
}

const char* object_kind_name(LayoutObject::Kind kind) {
  switch (kind) {
    case LayoutObject::Kind::Image: return "image";
    case LayoutObject::Kind::TextBox: return "text box";
    case LayoutObject::Kind::Table: return "table";
    case LayoutObject::Kind::ColumnRegion: return "column region";
    case LayoutObject::Kind::HeaderFooter: return "header/footer";
    case LayoutObject::Kind::Shape: return "shape";
    case LayoutObject::Kind::Chart: return "chart";
  }
  return "object";
}

bool word_break_between(const TextRun& left, const TextRun& right) {
  if (!left.location.box || !right.location.box || left.space_after) return true;
  double gap = right.location.box->x0 - left.location.box->x1;
  double smaller = std::min(left.size, right.size);
  bool size_changes = std::abs(left.size - right.size) > 0.05 * std::max(left.size, right.size);
  // An en or em dash meeting another type ("Tourisme" in bold, "– Saint-Nazaire" in roman) with a visible gap is a
  // spaced separator, however narrow TeX set the space.
  auto dash = [](std::string_view text, bool front) {
    for (std::string_view mark : {"–", "—"})
      if (front ? text.starts_with(mark) : text.ends_with(mark)) return true;
    return false;
  };
  if ((dash(right.text, true) || dash(left.text, false)) && gap > 0.1 * smaller) return true;
  // A name in large type, then "PhD MRSC" smaller after a narrow space: a lower-case end meets a capitalised word in
  // another size; not "Mc" + "ALLISTER" in small capitals, a word in capitals going on.
  auto first_word = std::string_view(right.text).substr(0, right.text.find(' '));
  bool case_turns = !left.text.empty() && !right.text.empty() && std::islower(static_cast<unsigned char>(left.text.back())) &&
                    std::isupper(static_cast<unsigned char>(right.text.front())) &&
                    std::any_of(first_word.begin(), first_word.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); });
  if (size_changes && case_turns && gap > 0.08 * smaller) return true;
  // Letter-spaced small capitals change size inside a word: only a real space's width splits.
  return gap > (size_changes ? 0.2 * smaller : 0.15 * right.size);
}

static std::string describe_position(const Location& l) {
  if (l.page > 0 && l.line > 0) return fmt::format("page {}, line {}", l.page, l.line);
  if (l.page > 0 && l.paragraph > 0) return fmt::format("page {}, paragraph {}", l.page, l.paragraph);
  if (l.paragraph > 0) return fmt::format("paragraph {}", l.paragraph);
  if (l.line > 0) return l.column > 0 ? fmt::format("{}:{}", l.line, l.column) : fmt::format("{}", l.line);
  if (l.page > 0) return fmt::format("page {}", l.page);
  return "1";
}

std::string Location::describe() const {
  if (part.empty()) return describe_position(*this);
  return fmt::format("{} ({})", describe_position(*this), part);
}

std::string Document::plain_text() const {
  std::string text;
  for (const auto& line : lines) {
    text += line.text;
    text += '\n';
  }
  return text;
}

}  // namespace atslint
