#include <doctest/doctest.h>

#include "layout_rules_test.h"

using namespace layout_test;

namespace {
LayoutObject picture(Box box, double page_fraction, LayoutObject::Kind kind = LayoutObject::Kind::Image) {
  LayoutObject object;
  object.kind = kind;
  object.location.page = 1;
  object.location.box = box;
  object.page_fraction = page_fraction;
  object.description = "image";
  return object;
}

Document with_text() {
  Document document = pdf_document();
  document.lines.push_back(pdf_text("Jane Doe", 1, 18));
  document.lines.push_back(pdf_text("Experience", 3, 13));
  return document;
}
}  // namespace

TEST_CASE("image: a photo on a text page is a warning that says to use text") {
  Document document = with_text();
  auto photo = picture(Box{450, 40, 550, 160}, 0.024);
  photo.description = "photo 100x120 pt";
  document.objects.push_back(photo);
  auto found = lint(document, "image");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[0].message.find("cannot read images") != std::string::npos);
  CHECK(found[0].message.find("photo 100x120 pt") != std::string::npos);
  CHECK(found[0].location.box.has_value());
}

TEST_CASE("image: a tiny decoration is at most info, by size or by page share") {
  Document document = with_text();
  document.objects.push_back(picture(Box{56, 100, 68, 112}, 0.0003));
  document.objects.push_back(picture(Box{56, 200, 200, 201.5}, 0.0004));
  auto found = lint(document, "image");
  REQUIRE(found.size() == 2);
  CHECK(count_at_least(found, Severity::Warning) == 0);
}

TEST_CASE("image: the min-side option decides what is tiny") {
  Document document = with_text();
  document.objects.push_back(picture(Box{56, 100, 86, 130}, 0.01));
  CHECK(count_at_least(lint(document, "image"), Severity::Warning) == 1);
  CHECK(count_at_least(lint(document, "image", {{"min-side", 40.0}, {"min-page-fraction", 0.02}}),
                       Severity::Warning) == 0);
}

TEST_CASE("image: a full-page scan with no text is left to no-text-layer") {
  Document document = pdf_document();
  document.pages[0].text_chars = 0;
  document.objects.push_back(picture(Box{0, 0, 595, 842}, 1.0));
  auto found = lint(document, "image");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Info);
  CHECK(found[0].message.find("no-text-layer") != std::string::npos);
}

TEST_CASE("image: a background picture behind readable text is info") {
  Document document = with_text();
  document.objects.push_back(picture(Box{0, 0, 595, 842}, 0.98));
  auto found = lint(document, "image");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Info);
}

TEST_CASE("image: a DOCX picture without a box still warns, located by paragraph") {
  Document document = docx_document();
  LayoutObject photo;
  photo.kind = LayoutObject::Kind::Image;
  photo.location.page = 1;
  photo.location.paragraph = 2;
  photo.location.part = "document.xml";
  photo.page_fraction = 0.03;
  photo.description = "picture 90x110 pt";
  document.objects.push_back(photo);
  auto found = lint(document, "image");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[0].location.paragraph == 2);
  CHECK(found[0].message.find("paragraph 2") != std::string::npos);
}

TEST_CASE("image: a chart warns and suggests writing the figures") {
  Document document = with_text();
  document.objects.push_back(picture(Box{300, 300, 500, 450}, 0.06, LayoutObject::Kind::Chart));
  auto found = lint(document, "image");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[0].message.find("as text") != std::string::npos);
}

TEST_CASE("image: a row of small shapes reads as skill bars, divider lines do not") {
  Document document = with_text();
  for (int i = 0; i < 5; ++i) {
    auto bar = picture(Box{400, 300.0 + 14 * i, 480, 306.0 + 14 * i}, 0.001, LayoutObject::Kind::Shape);
    bar.page_fraction = 0.002;
    document.objects.push_back(bar);
  }
  auto found = lint(document, "image");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[0].message.find("5 drawn shapes") != std::string::npos);
  REQUIRE(found[0].location.box.has_value());
  CHECK(found[0].location.box->y1 == doctest::Approx(362));

  Document rules_only = with_text();
  for (int i = 0; i < 4; ++i)
    rules_only.objects.push_back(picture(Box{56, 100.0 + 100 * i, 540, 100.8 + 100 * i}, 0.001,
                                         LayoutObject::Kind::Shape));
  CHECK(lint(rules_only, "image").empty());
}

TEST_CASE("image: a small avatar photo still warns, DOCX line shapes and header shapes are not skill bars") {
  Document document = with_text();
  document.objects.push_back(picture(Box{500, 40, 548, 88}, 0.0046));
  CHECK(count_at_least(lint(document, "image"), Severity::Warning) == 1);

  Document docx = docx_document();
  for (int i = 0; i < 4; ++i) {
    LayoutObject line;
    line.kind = LayoutObject::Kind::Shape;
    line.location.page = 1;
    line.location.paragraph = i + 1;
    line.location.part = i < 2 ? "document.xml" : "header2.xml";
    line.page_fraction = i < 2 ? 0 : 0.001;
    docx.objects.push_back(line);
  }
  CHECK(lint(docx, "image").empty());
}

TEST_CASE("image: a row of logos on one page is one finding, not one per logo") {
  Document document = with_text();
  for (int i = 0; i < 5; ++i) document.objects.push_back(picture(Box{400, 100.0 + 60 * i, 460, 124.0 + 60 * i}, 0.003));
  auto found = lint(document, "image");
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::Warning);
  CHECK(found[0].message.find("5 images") != std::string::npos);
  REQUIRE(found[0].location.box.has_value());
  CHECK(found[0].location.box->y1 == doctest::Approx(364));
  CHECK(lint(document, "image", {{"max-per-page", 10}}).size() == 5);
}

TEST_CASE("image: panels framing text (sidebar boxes) are not skill bars") {
  Document document = with_text();
  for (int i = 0; i < 4; ++i) {
    int line = 20 + 6 * i;
    document.lines.push_back(pdf_text("Skills and links " + std::to_string(i), line));
    double y = 40 + 14.0 * line;
    document.objects.push_back(picture(Box{40, y - 20, 320, y + 40}, 0.05, LayoutObject::Kind::Shape));
  }
  CHECK(lint(document, "image").empty());
  // The same boxes with nothing inside read as graphics.
  Document empty_boxes = with_text();
  for (const auto& object : document.objects) empty_boxes.objects.push_back(object);
  CHECK(lint(empty_boxes, "image").size() == 1);
}
