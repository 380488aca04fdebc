// One wording for a post held and its term (readout/post_description.hpp).
#include <gtest/gtest.h>

#include "readout/post_description.hpp"

namespace readout {
namespace {

PartialDate date(const char* text) { return *PartialDate::parse(text); }

struct Fixture {
  Organization us{"Q30", "United States", "country", {}, {}, {}};
  Organization turkey{"Q43", "Turkey", "country", {}, {}, {}};
  Post secretary{"P1", "Secretary of State", {}, "Q30", {}};
  Post turkish_minister{"P2", "Minister of Foreign Affairs of Turkey", {}, "Q43", {}};
  Membership term{"Q1", "P1", "Q30", date("2021-01-26"), date("2025-01-20"), false, "", {}};
};

TEST(PostDescription, PostWithItsOrganisationUnlessTheLabelNamesIt) {
  Fixture f;
  EXPECT_EQ(describe_post({&f.term, &f.secretary, &f.us}),
            "Secretary of State of the United States");
  Membership turkish{"Q2", "P2", "Q43", date("2023-06-04"), std::nullopt, false, "", {}};
  EXPECT_EQ(describe_post({&turkish, &f.turkish_minister, &f.turkey}),
            "Minister of Foreign Affairs of Turkey");
  EXPECT_EQ(describe_post({nullptr, nullptr, nullptr}), "a post");
}

TEST(PostDescription, TheTermsOwnLabelAndActing) {
  Fixture f;
  f.term.label = "Acting Secretary of State";
  f.term.acting = true;
  EXPECT_EQ(describe_post({&f.term, &f.secretary, &f.us}),
            "acting Secretary of State of the United States");
  f.term.label = {};
  EXPECT_EQ(describe_post({&f.term, &f.secretary, &f.us}),
            "acting Secretary of State of the United States");
}

TEST(PostDescription, TermsAtEveryPrecisionAndOpenEnds) {
  Membership m;
  EXPECT_EQ(describe_term(m), "at some time");
  m.end_date = date("2004-05");
  EXPECT_EQ(describe_term(m), "until May 2004");
  m.start_date = date("2001");
  EXPECT_EQ(describe_term(m), "from 2001 to May 2004");
  m.end_date.reset();
  EXPECT_EQ(describe_term(m), "since 2001");
}

TEST(PostDescription, HeldPostJoinsThePostAndItsTerm) {
  Fixture f;
  EXPECT_EQ(describe_held_post({&f.term, &f.secretary, &f.us}),
            "Secretary of State of the United States, from 26 January 2021 to 20 January 2025");
  f.term.acting = true;
  f.term.end_date.reset();
  EXPECT_EQ(describe_held_post({&f.term, &f.secretary, &f.us}),
            "acting Secretary of State of the United States, since 26 January 2021");
  EXPECT_EQ(describe_held_post({nullptr, &f.secretary, &f.us}),
            "Secretary of State of the United States");
}

}  // namespace
}  // namespace readout
