#include "coderise_test.h"

int total(int count, int price);

TEST(three_mangoes_cost_twelve) { CHECK_EQ_INT(12, total(3, 4), "a basket of 3 mangoes at 4 each"); }

TEST(no_mangoes_cost_nothing) { CHECK_EQ_INT(0, total(0, 4), "an empty basket"); }
