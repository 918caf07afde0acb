// The safe XML and zip wrappers on their own: entity attacks, DTDs, limits.
#include <doctest/doctest.h>

#include <atomic>
#include <thread>

#include "linter/error.h"
#include "linter/input.h"
#include "parsers/common/xml_document.h"
#include "parsers/common/zip_archive.h"

using namespace atslint;

static std::string error_code(auto&& action) {
  try {
    action();
  } catch (const AtsError& error) {
    return error.code();
  }
  return "ok";
}

TEST_CASE("entity declarations are refused before parsing") {
  std::string laughs =
      "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"bb\"><!ENTITY c \"&b;&b;&b;\">]><a>&c;</a>";
  CHECK(error_code([&] { XmlDocument doc(laughs, "x.xml"); }) == "unsafe-xml");
  std::string external = "<!DOCTYPE a [ <!ENTITY e SYSTEM \"file:///etc/passwd\"> ]><a>&e;</a>";
  CHECK(error_code([&] { XmlDocument doc(external, "x.xml"); }) == "unsafe-xml");
}

TEST_CASE("entity declarations in UTF-16 and UTF-32 are refused too") {
  std::string ascii = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"bb\">]><a>&b;</a>";
  std::string le = "\xFF\xFE", be = "\xFE\xFF";
  for (char c : ascii) {
    le += std::string{c, '\0'};
    be += std::string{'\0', c};
  }
  CHECK(error_code([&] { XmlDocument doc(le, "x.xml"); }) == "unsafe-xml");
  CHECK(error_code([&] { XmlDocument doc(be, "x.xml"); }) == "unsafe-xml");
}

TEST_CASE("an external DTD is never loaded and its content never appears") {
  std::string with_dtd = "<?xml version=\"1.0\"?><!DOCTYPE a SYSTEM \"file:///etc/passwd\"><a>kept</a>";
  XmlDocument doc(with_dtd, "x.xml");
  CHECK(xml::text(doc.root()) == "kept");
}

TEST_CASE("broken and oversized XML are clear errors") {
  CHECK(error_code([] { XmlDocument doc("<a><b></a>", "x.xml"); }) == "bad-xml");
  CHECK(error_code([] { XmlDocument doc("", "x.xml"); }) == "bad-xml");
  XmlLimits small;
  small.max_bytes = 8;
  CHECK(error_code([&] { XmlDocument doc("<a>0123456789</a>", "x.xml", small); }) == "too-large");
}

TEST_CASE("elements nested deeper than libxml2's limit are refused, not followed") {
  std::string deep;
  for (int i = 0; i < 5000; ++i) deep += "<a>";
  for (int i = 0; i < 5000; ++i) deep += "</a>";
  CHECK(error_code([&] { XmlDocument doc(deep, "deep.xml"); }) == "bad-xml");
}

TEST_CASE("namespaced lookups use local names") {
  XmlDocument doc("<w:p xmlns:w=\"urn:w\"><w:r><w:t xml:space=\"preserve\"> hi </w:t></w:r></w:p>", "x.xml");
  CHECK(xml::is(doc.root(), "p"));
  REQUIRE(xml::find(doc.root(), "t"));
  CHECK(xml::text(xml::find(doc.root(), "t")) == " hi ");
  CHECK(xml::attr(xml::find(doc.root(), "t"), "space") == "preserve");
}

TEST_CASE("parsing from several threads at once is safe and silent") {
  std::vector<std::thread> threads;
  std::atomic<int> good{0};
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 200; ++i) {
        try {
          XmlDocument bad("<a><b></a>", "bad.xml");
        } catch (const AtsError&) {
        }
        XmlDocument ok("<a>x</a>", "ok.xml");
        if (xml::text(ok.root()) == "x") ++good;
      }
    });
  for (auto& thread : threads) thread.join();
  CHECK(good == 800);
}

TEST_CASE("zip entry count and sizes are capped") {
  std::string path = std::string(ATSLINT_SOURCE_DIR) + "/samples/docx/clean.docx";
  auto bytes = read_input(path);
  ZipLimits few;
  few.max_entries = 3;
  CHECK(error_code([&] { ZipArchive zip(bytes, few); }) == "zip-bomb");
  ZipLimits tiny;
  tiny.max_entry_bytes = 100;
  ZipArchive zip(bytes, tiny);
  CHECK(error_code([&] { zip.read("word/document.xml"); }) == "zip-bomb");
  CHECK_FALSE(zip.read("no/such/entry.xml").has_value());
  CHECK(error_code([] { ZipArchive zip(std::string_view("PK\x03\x04garbage", 11)); }) == "bad-zip");
}
