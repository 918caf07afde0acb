#include "parsers/detect.h"

#include <fmt/format.h>

#include <cctype>
#include <filesystem>

#include "linter/error.h"
#include "linter/text_util.h"
#include "parsers/common/zip_archive.h"

namespace atslint {

static constexpr std::string_view kOle2Magic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

Format format_from_extension(std::string_view path, bool& recognised) {
  auto extension = to_lower_ascii(std::filesystem::path(path).extension().string());
  recognised = true;
  if (extension == ".pdf") return Format::Pdf;
  if (extension == ".docx") return Format::Docx;
  if (extension == ".odt") return Format::Odt;
  if (extension == ".md" || extension == ".markdown") return Format::Md;
  recognised = extension == ".txt" || extension == ".text" || extension == ".org";  // Emacs org-mode, read as text
  return Format::Txt;
}

bool is_resume_file_name(std::string_view path) {
  bool recognised = false;
  format_from_extension(path, recognised);
  return recognised;
}

static bool is_binary_format(Format format) {
  return format == Format::Pdf || format == Format::Docx || format == Format::Odt;
}

static std::optional<Format> detect_zip_format(std::string_view bytes) {
  ZipArchive archive(bytes);
  if (archive.has("word/document.xml")) return Format::Docx;
  if (archive.has("content.xml")) {
    auto mimetype = archive.read("mimetype");
    if (mimetype && mimetype->find("opendocument.text") != std::string::npos) return Format::Odt;
    throw AtsError("unsupported", "an OpenDocument file that is not a text document: save it as ODT, DOCX or PDF");
  }
  throw AtsError("unsupported", "a zip archive that is not a DOCX or ODT document");
}

static std::string display_name(Format format) {
  std::string name = format_name(format);
  for (auto& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return name;
}

static std::string describe_content(std::string_view bytes) {
  if (bytes.starts_with("%PDF-")) return "a PDF";
  if (bytes.starts_with("PK\x03\x04")) return "a zip archive";
  if (bytes.starts_with(kOle2Magic)) return "a legacy Office file";
  return "plain text";
}

static Format detect_by_content(std::string_view bytes, Format claimed) {
  // Some producers put junk before the header; PDF readers accept it within 1 KiB.
  auto head = bytes.substr(0, 1024);
  if (head.find("%PDF-") != std::string_view::npos) return Format::Pdf;
  if (bytes.starts_with("PK\x03\x04")) {
    if (auto format = detect_zip_format(bytes)) return *format;
  }
  if (bytes.starts_with(kOle2Magic)) {
    if (bytes.find(std::string_view("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e", 32)) != std::string_view::npos)
      throw AtsError("encrypted", "password-protected: remove the password and save again");
    throw AtsError("unsupported", "legacy Word .doc (OLE2) is not supported: save as DOCX or PDF");
  }
  if (bytes.starts_with("{\\rtf")) throw AtsError("unsupported", "RTF is not supported: save as DOCX or PDF");
  return claimed == Format::Md ? Format::Md : Format::Txt;
}

Format detect_format(std::string_view bytes, std::string_view path, std::vector<std::string>& notices) {
  if (bytes.empty()) throw AtsError("empty", "empty file: there is nothing for an ATS to read");
  bool recognised = false;
  Format claimed = format_from_extension(path, recognised);
  Format actual = detect_by_content(bytes, claimed);
  auto name = std::filesystem::path(path).filename().string();
  if (is_binary_format(claimed) && actual != claimed) {
    if (!is_binary_format(actual))
      throw AtsError("wrong-format", fmt::format("{} is not a {}: it holds {}; an ATS will reject it", name,
                                                 display_name(claimed), describe_content(bytes)));
  }
  if (is_binary_format(actual) && (actual != claimed || !recognised) && path != "-") {
    notices.push_back(fmt::format("read as {} by its content although its name says otherwise: rename it "
                                  "to .{} before uploading",
                                  format_name(actual), format_name(actual)));
  }
  return actual;
}

}  // namespace atslint
