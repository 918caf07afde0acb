#include <doctest/doctest.h>

#include "linter/error.h"
#include "parsers/detect.h"

using namespace atslint;

static std::string error_code_of(std::string_view bytes, std::string_view path) {
  std::vector<std::string> notices;
  try {
    detect_format(bytes, path, notices);
  } catch (const AtsError& error) {
    return error.code();
  }
  return "";
}

TEST_CASE("detection is by content") {
  std::vector<std::string> notices;
  CHECK(detect_format("%PDF-1.7\n...", "cv.pdf", notices) == Format::Pdf);
  CHECK(notices.empty());
  CHECK(detect_format("Jane Doe\nExperience\n", "cv.txt", notices) == Format::Txt);
  CHECK(detect_format("# Jane\n", "cv.md", notices) == Format::Md);
}

TEST_CASE("a real PDF under a wrong or missing extension is read, with a notice") {
  std::vector<std::string> notices;
  CHECK(detect_format("%PDF-1.4\n", "resume.txt", notices) == Format::Pdf);
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].find("pdf") != std::string::npos);
  notices.clear();
  CHECK(detect_format("%PDF-1.4\n", "resume", notices) == Format::Pdf);
  CHECK(notices.size() == 1);
}

TEST_CASE("a binary-format name over other content is an error") {
  CHECK(error_code_of("Jane Doe\nExperience\n", "resume.pdf") == "wrong-format");
  CHECK(error_code_of("Jane Doe\n", "resume.docx") == "wrong-format");
}

TEST_CASE("legacy .doc, encrypted Office and RTF are refused with advice") {
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  CHECK(error_code_of(ole + std::string(512, '\0'), "cv.doc") == "unsupported");
  std::string encrypted = ole + std::string("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 34);
  CHECK(error_code_of(encrypted, "cv.docx") == "encrypted");
  CHECK(error_code_of("{\\rtf1\\ansi hello}", "cv.rtf") == "unsupported");
  CHECK(error_code_of("", "cv.txt") == "empty");
}

TEST_CASE("a damaged zip named .docx is an error, not a crash") {
  CHECK(error_code_of(std::string("PK\x03\x04garbage", 11), "cv.docx") == "bad-zip");
}

TEST_CASE("folder walking keeps resume formats only") {
  CHECK(is_resume_file_name("a/b/cv.PDF"));
  CHECK(is_resume_file_name("cv.docx"));
  CHECK(is_resume_file_name("notes.md"));
  CHECK_FALSE(is_resume_file_name("photo.png"));
  CHECK_FALSE(is_resume_file_name("Makefile"));
}
