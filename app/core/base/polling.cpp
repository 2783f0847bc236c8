#include "polling.h"

#include <algorithm>
#include <cmath>

int pollDelaySeconds(
    int intervalSeconds, int maxBackoffSeconds, int failures, QRandomGenerator &random)
{
    if (failures == 0) {
        const double spread = intervalSeconds * 0.1;
        return std::max(
            1, int(std::lround(intervalSeconds - spread + random.generateDouble() * 2 * spread)));
    }
    const double ceiling = std::min<double>(
        maxBackoffSeconds, intervalSeconds * std::pow(2.0, std::min(failures, 16)));
    return std::max(5, int(std::lround(ceiling / 2 + random.generateDouble() * ceiling / 2)));
}
