#include "parsers/frontend.h"

#include "parsers/detect.h"
#include "parsers/text/text_reader.h"

namespace atslint {

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
  document.path = path;
  document.format = format;
  document.notices.insert(document.notices.begin(), notices.begin(), notices.end());
  return document;
}

}  // namespace atslint
