#include <stdio.h>

int total(int count, int price) { return count * price; }

int main(void) {
    printf("%d\n", total(3, 4));
    return 0;
}
