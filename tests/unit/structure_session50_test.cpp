// Held-out rounds 117–118: what session 50's documents taught.
#include <doctest/doctest.h>

#include "linter/structure/headings.h"
#include "resume_test_helpers.h"

using namespace atslint;

TEST_CASE("a paper-style author line: the affiliation's number and the footnote's star after the surname are no part of the name") {
  auto resume = parse_text("Catrin M. Howells1, ∗\n1 ISIS Neutron and Muon Source, Didcot\ncatrin.howells@stfc.ac.uk\n\n"
                           "Employment\n\nInstrument Scientist, ISIS Neutron and Muon Source   Oct 2019 – present\n");
  CHECK(resume.contact.name == "Catrin M. Howells");
}

TEST_CASE("a job centre's form: 'Données personnelles' holds 'Nom' and 'Prénom' on lines of their own") {
  CHECK(canonical_section("Données personnelles").canonical == "contact");
  CHECK(canonical_section("Métiers recherchés").canonical == "summary");
  CHECK(canonical_section("Connaissances linguistiques").canonical == "languages");
  auto resume = parse_text(
      "Mon tableau de bord   Mes offres   Mon CV   Mes documents\n\nDonnées personnelles\n\n"
      "Nom              MOREELS\nPrénom           Inès\nTéléphone (GSM)  0476 38 21 59\nE-mail           ines.moreels@hotmail.be\n\n"
      "Expériences professionnelles\n\nDepuis septembre 2021\nInfirmière en soins généraux\nCentre hospitalier Porte de Hal\n");
  CHECK(resume.contact.name == "Inès MOREELS");
}

TEST_CASE("an Irish physiotherapist's 'MISCP' after her name is a membership, not her surname") {
  auto resume = parse_text("Aoife Gallagher MISCP\naoife.gallagher@gmail.com\n\nExperience\n\n"
                           "Senior Physiotherapist, Mayo University Hospital   2019 – Present\n");
  CHECK(resume.contact.name == "Aoife Gallagher");
}

TEST_CASE("a craftsman's site titled with his workshop: the person below who bears its name is the name") {
  auto resume = parse_text(
      "Atelier Delmas\nÉbénisterie & agencement sur mesure\n\nAccueil   Réalisations   Mon parcours   Contact\n\n"
      "Julien Delmas – ébéniste\nTél. : 06 72 18 45 09\nMail : atelier.delmas15@orange.fr\n\n"
      "Expérience professionnelle\n\nArtisan ébéniste, gérant – Atelier Delmas, Aurillac\nDepuis mars 2019\n");
  CHECK(resume.contact.name == "Julien Delmas");
}

TEST_CASE("a job board's 'Area:' label before the town; a unit's initials in brackets name no town") {
  auto resume = parse_text("Lungile Radebe\nEmail: lradebe.diesel@gmail.com\nArea: Vanderbijlpark, Gauteng\n\n"
                           "Work experience\n\nDiesel Mechanic, Barloworld Equipment   2019 – Present\n");
  CHECK(resume.contact.city == "Vanderbijlpark");
  auto nurse = parse_text("Danielle Broussard\nRegistered Nurse · Progressive Care (PCU) · 8+ yrs experience\n"
                          "Lafayette, LA   (337) 555-0142   dani@example.com\n\nWork experience\n\n"
                          "Staff RN, Ochsner Lafayette General   Jun 2019 – Aug 2023\n");
  CHECK(nurse.contact.city == "Lafayette");
}

TEST_CASE("a numbered heading maps as a compound whose last part is a section's name: '4. EDUCATION & TRAINING'") {
  CHECK(canonical_section("4. EDUCATION & TRAINING").canonical == "education");
  CHECK(canonical_section("6. SYSTEMS & SKILLS").canonical == "skills");
  CHECK(canonical_section("5 Years Experience").canonical.empty());
  CHECK(canonical_section("1. Research & Development").canonical.empty());
  auto resume = parse_text("Bradley Kerslake\nbrad@example.com.au\n\n1. CAREER SUMMARY\nParts and sales manager.\n\n"
                           "3. EMPLOYMENT HISTORY\nSales Manager, Gympie Machinery   2019 – Present\n\n"
                           "4. EDUCATION & TRAINING\nDiploma of Agribusiness Management   2016 – 2017\nTAFE Queensland\n");
  REQUIRE(resume.sections.size() == 3);
  CHECK(resume.sections[2].canonical == "education");
}

TEST_CASE("a bullet's word broken at its hyphen goes on below, though a year follows") {
  auto resume = parse_text("Aoife Gallagher\naoife@example.ie\n\nProfessional Experience\n\n"
                           "Senior Physiotherapist, Mayo University Hospital   Mar 2021 – Present\n"
                           "• Completed two clinical audits and presented at Saolta re-\n  search day 2023\n"
                           "• Supervise final-year students\n");
  REQUIRE(resume.work.size() == 1);
  REQUIRE(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[0].highlights[0].ends_with("search day 2023"));
}

TEST_CASE("Markdown's raw HTML5 blocks ('<header class=…>') print no words; the name inside is the name") {
  auto resume = parse_text("<!-- md-to-pdf cv.md -->\n\n<header class=\"cabecera\">\n\n# Lucía Garrido Sánchez\n\n"
                           "Plasencia (Cáceres) · [lgarrido.fyq@gmail.com](mailto:lgarrido.fyq@gmail.com)\n\n</header>\n\n"
                           "## Experiencia docente\n\n### Profesora interina — IES Valle del Jerte\n*sept. 2021 – actualidad*\n",
                           "cv.md");
  CHECK(resume.contact.name == "Lucía Garrido Sánchez");
}

TEST_CASE("a Zettelkasten note: its ID and a linked note's timestamp are no phone; the number is the 'tel:' definition's") {
  auto resume = parse_text("# Marta Iglesias Carrasco\n\nPlasencia (Cáceres) · [Correo][mail] · [Móvil][tel]\n\n"
                           "ID: 20250120184233 · #cv · ver también [[20240611093015 Programación 3ESO FyQ]]\n\n"
                           "## Experiencia docente\n\n### Profesora — IES Río Jerte, Plasencia\n\n*sept. 2022 – actualidad*\n\n"
                           "- Proyecto STEAM, ver [[20231004 Proyecto cohetes de agua]].\n\n"
                           "[mail]: mailto:marta.iglesias.fq@gmail.com\n[tel]: tel:+34654218837\n",
                           "cv.md");
  CHECK(resume.contact.phone == "+34654218837");
}

TEST_CASE("a plain-text master copy kept in Vim: fold markers and the modeline are no text") {
  auto resume = parse_text("Daniel Okafor-Reid, C.Tech.                                 {{{1\nPrince Rupert, BC  |  250-627-4418  |  "
                           "dokreid@protonmail.com\n\nEXPERIENCE                                                  {{{1\n\n"
                           "Lead Instrumentation Technician                             {{{2\nKaien Bulk Terminal Ltd., Prince Rupert, BC"
                           "      Aug 2019 - present\n  - Maintain 400 field instruments\n\n# vim: set ft=text tw=78 et fdm=marker :\n");
  CHECK(resume.contact.name == "Daniel Okafor-Reid");
  REQUIRE(resume.work.size() == 1);
  CHECK(resume.work[0].company == "Kaien Bulk Terminal Ltd.");
}

TEST_CASE("every link of a Markdown line counts: the LinkedIn and GitHub after a 'tel:' and a 'mailto:' one") {
  auto resume = parse_text("# Ana Ruiz\n\nPlasencia · [+34 639 284 517](tel:+34639284517) · [ana@gmail.com](mailto:ana@gmail.com) · "
                           "[LinkedIn](https://www.linkedin.com/in/anaruiz/) · [GitHub](https://github.com/anaruiz)\n\n"
                           "## Experiencia\n\n### Profesora — IES Jerte\n*2021 – actualidad*\n",
                           "cv.md");
  REQUIRE(resume.contact.profiles.size() == 2);
  CHECK(resume.contact.profiles[0].network == "LinkedIn");
  CHECK(resume.contact.profiles[1].network == "GitHub");
}

TEST_CASE("a care platform's 'Reviews' and a site's 'Témoignages' are what others say of the person: references") {
  CHECK(canonical_section("Reviews").canonical == "references");
  CHECK(canonical_section("Témoignages").canonical == "references");
  CHECK(canonical_section("Bewertungen").canonical == "references");
  auto resume = parse_text("Tamsin Hale\ntamsin@example.com.au\n\nEducation\n\nXavier Catholic College   2011\n\nReviews\n\n"
                           "“Reliable and always on time.”\n★★★★★ Leanne, family member · Urangan · April 2025\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "Xavier Catholic College");
}

TEST_CASE("review 50: the firm's name over the person is kept when the first person below is another") {
  auto resume = parse_text("Garage Lambert & Fils\nKevin Morel\nkevin.morel@orange.fr · 06 12 34 56 78\n\nMaître d'apprentissage : "
                           "Didier Lambert\n\nExpérience\n\nApprenti mécanicien, Garage Lambert & Fils   2022 – 2024\n");
  CHECK(resume.contact.name == "Kevin Morel");
}

TEST_CASE("review 50: a numbered list item in title case ending on a section's name is no heading") {
  CHECK(canonical_section("2. Biostatistics & Research").canonical.empty());
  CHECK(canonical_section("3. Recruitment & Training").canonical.empty());
  CHECK(canonical_section("4. EDUCATION & TRAINING").canonical == "education");
}

TEST_CASE("a referee's LinkedIn behind its label under 'References' is no profile of the person") {
  auto resume = parse_text("# Jonas Weber\n\njonas.weber@posteo.de · [GitHub](https://github.com/jweber)\n\n## Erfahrung\n\n"
                           "### Ingenieur — Siemens AG\n*2019 – heute*\n\n## References\n\n"
                           "Prof. Thomas Brandt, TU München — [LinkedIn](https://www.linkedin.com/in/thomas-brandt-tum)\n",
                           "cv.md");
  REQUIRE(resume.contact.profiles.size() == 1);
  CHECK(resume.contact.profiles[0].network == "GitHub");
}

TEST_CASE("review 50: a referee's LinkedIn under '## References' is no profile of the person") {
  auto resume = parse_text("# Jonas Weber\n\njonas.weber@posteo.de\n\n## Erfahrung\n\n### Ingenieur — Siemens AG\n*2019 – heute*\n\n"
                           "## References\n\nProf. Thomas Brandt — [E-Mail](mailto:brandt@tum.de) · [LinkedIn](https://www.linkedin.com/in/thomas-brandt-tum)\n",
                           "cv.md");
  CHECK(resume.contact.profiles.empty());
}

TEST_CASE("review 50: lines that only look like editor marks stay: a 'vim:' skill line, Handlebars' triple braces") {
  auto resume = parse_text("Ola Nordmann\nola@example.no\n\nSkills\n\nTools: tmux, git bisect\nvim: daily editor, plugin set managed with "
                           "vim-plug\nTemplates: Handlebars {{{body}}}\n");
  std::string all;
  for (const auto& group : resume.skills)
    for (const auto& item : group.keywords) all += item + "|";
  CHECK(all.find("daily editor") != std::string::npos);
  CHECK(all.find("{{{body}}}") != std::string::npos);
}

TEST_CASE("review 50: twelve digits opening on 20 are Egypt's number, no timestamp; a field of work after 'Area:' is no place") {
  auto egypt = parse_text("Omar Hassan\nomar.hassan@gmail.com\nMobile: 201112231045\n\nExperience\n\nEngineer, Orascom   2019 – Present\n");
  CHECK(egypt.contact.phone == "201112231045");
  auto italian = parse_text("Giulia Conti\ngiulia.conti@gmail.com\nArea: Risorse Umane\n\nEsperienza\n\nHR Specialist, Luxottica   2019 – oggi\n");
  CHECK(italian.contact.city.empty());
  auto sydney = parse_text("Jack Thompson\njack@gmail.com\nNorth Strathfield (NSW)\n\nExperience\n\nElectrician, Ausgrid   2019 – Present\n");
  CHECK(sydney.contact.city == "North Strathfield");
}

TEST_CASE("review 50: after a bullet left on a hyphen, a line opening on a date range is the next entry") {
  auto resume = parse_text("Chloé Martin\nchloe@example.fr\n\nExpérience\n\nVendeuse, Celio   2017 – 2019\n• Gestion des stocks et de l'anti-\n"
                           "janv. 2016 – juin 2017   Vendeuse, Kiabi\n• Encaissement\n");
  CHECK(resume.work.size() == 2);
}

TEST_CASE("an applicant system's 'Frau' before the name is no part of it") {
  auto resume = parse_text("Frau Melanie Schürle\nStelle: Pflegefachkraft Intensivstation\nmelanie.schuerle@web.de\n\n"
                           "Berufserfahrung\n\nPraxisanleiterin, Klinik am Hohenrechberg GmbH   04/2022 – heute\n");
  CHECK(resume.contact.name == "Melanie Schürle");
}

TEST_CASE("how a course was followed, after the school's comma in lower case, is no part of the school's name") {
  auto resume = parse_text("Léa Roux\nlea.roux@orange.fr\n\nFormation\n\nLicence professionnelle Métiers du BTP   2015 – 2017\n"
                           "IUT Clermont Auvergne, en alternance\n");
  REQUIRE(resume.education.size() == 1);
  CHECK(resume.education[0].institution == "IUT Clermont Auvergne");
}

TEST_CASE("a bullet's word broken at its hyphen goes on though the rest closes on a bracketed range") {
  auto resume = parse_text("Catrin Howells\ncatrin@example.ac.uk\n\nEmployment\n\n"
                           "Instrument Scientist, ISIS Neutron and Muon Source   Oct 2019 – present\n"
                           "• Member of the ISIS Facility Access Panel for mag-\n  netism (2021–2024).\n"
                           "• Lead developer of the reduction scripts\n");
  REQUIRE(resume.work.size() == 1);
  REQUIRE(resume.work[0].highlights.size() == 2);
  CHECK(resume.work[0].highlights[0].ends_with("netism (2021–2024)."));
}
