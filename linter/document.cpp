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

std::string Location::describe() const {
  std::string out;
  if (page > 0 && line > 0) {
    out = fmt::format("page {}, line {}", page, line);
  } else if (page > 0 && paragraph > 0) {
    out = fmt::format("page {}, paragraph {}", page, paragraph);
  } else if (paragraph > 0) {
    out = fmt::format("paragraph {}", paragraph);
  } else if (line > 0) {
    out = column > 0 ? fmt::format("{}:{}", line, column) : fmt::format("{}", line);
  } else if (page > 0) {
    out = fmt::format("page {}", page);
  } else {
    out = "1";
  }
  if (!part.empty()) out += fmt::format(" ({})", part);
  return out;
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
