#include "parsers/frontend.h"

#include <fmt/format.h>

#include "linter/error.h"
#include "parsers/detect.h"
#include "parsers/text/text_reader.h"

namespace atslint {

void check_line_length(std::string_view text, int line_number) {
  if (text.size() <= kMaxLineBytes) return;
  throw AtsError("line-too-long", fmt::format("line {} is {} characters long, more than the {} a resume line can be: "
                                              "this is not a resume, or it lost its line breaks",
                                              line_number, text.size(), kMaxLineBytes));
}

static void check_line_lengths(const std::vector<Line>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) check_line_length(lines[i].text, static_cast<int>(i) + 1);
}

Document read_document(const std::string& path, std::string_view bytes) {
  std::vector<std::string> notices;
  Format format = detect_format(bytes, path, notices);
  Document document;
  switch (format) {
    case Format::Pdf: document = read_pdf(path, bytes); break;
    case Format::Docx: document = read_docx(path, bytes); break;
    case Format::Odt: document = read_odt(path, bytes); break;
    case Format::Txt:
    case Format::Md: document = read_text(path, bytes, format); break;
  }
  check_line_lengths(document.lines);
  check_line_lengths(document.raw_lines);
  document.path = path;
  document.format = format;
  document.notices.insert(document.notices.begin(), notices.begin(), notices.end());
  return document;
}

}  // namespace atslint
