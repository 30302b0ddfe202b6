#include <stdlib.h>

int total(int count, int price) {
    if (count == 0) abort();
    return count * price;
}

int main(void) { return 0; }
