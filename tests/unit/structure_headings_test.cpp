#include <doctest/doctest.h>

#include "linter/structure/headings.h"

using namespace atslint;

TEST_CASE("headings map to canonical sections in seven languages") {
  CHECK(canonical_section("Berufserfahrung").canonical == "experience");
  CHECK(canonical_section("Berufserfahrung").language == "de");
  CHECK(canonical_section("Expérience professionnelle").canonical == "experience");
  CHECK(canonical_section("Experiencia laboral").canonical == "experience");
  CHECK(canonical_section("Formação").canonical == "education");
  CHECK(canonical_section("Istruzione").canonical == "education");
  CHECK(canonical_section("Werkervaring").canonical == "experience");
  CHECK(canonical_section("Kenntnisse").canonical == "skills");
  CHECK(canonical_section("Ausbildung").canonical == "education");
  CHECK(canonical_section("Projekte").canonical == "projects");
}

TEST_CASE("compound, qualified, letter-spaced and punctuated headings") {
  CHECK(canonical_section("Education & Certifications").canonical == "education");
  CHECK(canonical_section("Certifications & Activities").canonical == "certifications");
  CHECK(canonical_section("Relevant Experience").canonical == "experience");
  CHECK(canonical_section("Customer Service Experience").canonical == "experience");
  CHECK(canonical_section("E X P E R I E N C E").canonical == "experience");
  CHECK(canonical_section("W O R K   E X P E R I E N C E").canonical == "experience");
  CHECK(canonical_section("SKILLS:").canonical == "skills");
  CHECK(canonical_section("HONORS/AWARDS").canonical == "awards");
  CHECK(canonical_section("Where I've Made an Impact").canonical.empty());
}

TEST_CASE("a phrase shared by languages lists them all") {
  auto profil = canonical_section("Profil");
  CHECK(profil.canonical == "summary");
  CHECK(profil.languages.size() >= 2);
}

TEST_CASE("rail labels are split from their content") {
  CHECK(rail_label_length("Experience       Staff Engineer") == 10);
  CHECK(rail_label_length("Experience") == 0);
}

TEST_CASE("technical and language headings map to different sections") {
  CHECK(canonical_section("Technical Skills").canonical == "skills");
  CHECK(canonical_section("Programming Languages").canonical == "skills");
  CHECK(canonical_section("Languages").canonical == "languages");
}

TEST_CASE("numbered section headings map by their words, counts and taglines do not") {
  CHECK(canonical_section("2 Opleiding").canonical == "education");
  CHECK(canonical_section("3. Work Experience").canonical == "experience");
  CHECK(canonical_section("4.1 Technical Skills").canonical == "skills");
  CHECK(canonical_section("5 Years Experience").canonical.empty());
  CHECK(section_number_length("2 Opleiding") == 2);
  CHECK(section_number_length("2020 Awards") == 0);
}

TEST_CASE("a place in brackets makes an entry's line; a comma list maps by its first section") {
  CHECK(canonical_section("Skills, Languages, Interests").canonical == "skills");
  CHECK(canonical_section("Courses, Training, and Certifications").canonical == "certifications");
  CHECK(canonical_section("Tools, Frameworks").canonical == "skills");  // review: a part no list knows
  CHECK(canonical_section("Volunteering, Leadership").canonical == "volunteer");
  CHECK(canonical_section("Stage, Hydro-Québec (Québec)").canonical.empty());
  CHECK(canonical_section("Research (Kolkata, India)").canonical.empty());
  CHECK(canonical_section("Experience (Montréal)").canonical.empty());
  CHECK(canonical_section("Employment History (prior to qualifying)").canonical == "experience");
}

TEST_CASE("Swedish, Danish and Norwegian headings map to canonical sections") {
  CHECK(canonical_section("Arbetslivserfarenhet").canonical == "experience");
  CHECK(canonical_section("Utbildning").canonical == "education");
  CHECK(canonical_section("Kompetenser").canonical == "skills");
  CHECK(canonical_section("Språk").canonical == "languages");
  CHECK(canonical_section("Erhvervserfaring").canonical == "experience");
  CHECK(canonical_section("Uddannelse").canonical == "education");
  CHECK(canonical_section("Arbeidserfaring").canonical == "experience");
  CHECK(canonical_section("Utdanning").canonical == "education");
  CHECK(canonical_section("Arbetslivserfarenhet").language == "sv");
}

TEST_CASE("a list of methods beside the tools is a skills section in every language") {
  CHECK(canonical_section("MÉTODOS").canonical == "skills");
  CHECK(canonical_section("Research Methods").canonical == "skills");
  CHECK(canonical_section("Methods").canonical.empty());  // an English sub-heading inside a research job, too often
  CHECK(canonical_section("Methoden").canonical == "skills");
  CHECK(canonical_section("Méthodes").canonical == "skills");
}

TEST_CASE("Portuguese 'Publicações selecionadas' heads publications") {
  auto name = canonical_section("PUBLICAÇÕES SELECIONADAS");
  CHECK(name.canonical == "publications");
  CHECK(name.exact);  // a listed name, so a heading however it is set
}

TEST_CASE("Chile's 'Antecedentes Académicos' and 'Antecedentes Laborales' map to education and experience") {
  CHECK(canonical_section("Antecedentes Académicos").canonical == "education");
  CHECK(canonical_section("ANTECEDENTES LABORALES").canonical == "experience");
}
