// Undefined behaviour on purpose (a signed overflow), built only under the sanitizers: the test
// `ubsan_stops_the_run` runs it to show that a UBSan report fails a test, not only prints.
#include <climits>
#include <cstdio>

int main(int argc, char **)
{
    int sum = INT_MAX;
    sum += argc; // argc is 1: overflows
    std::printf("%d\n", sum);
    return 0;
}
