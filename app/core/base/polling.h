#pragma once

#include <QRandomGenerator>

/**
 * Seconds until the next poll of a server after @p failures failures in a row: the interval with
 * ±10% jitter, or exponential "full jitter" back-off capped at @p maxBackoffSeconds, so thousands
 * of kiosks never ask in step. Shared by the content feed and the HTTP room source.
 */
int pollDelaySeconds(
    int intervalSeconds, int maxBackoffSeconds, int failures, QRandomGenerator &random);
