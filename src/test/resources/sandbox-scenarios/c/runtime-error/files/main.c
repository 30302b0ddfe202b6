int main(void) {
    int *basket = 0;
    return *basket;
}
