/**
 * Flags for the checkers the tests run on the machine's Java (the Nu HTML Checker, EPUBCheck):
 * each run lasts seconds, so the quick compiler alone (C1) and the serial collector do its work
 * for half the CPU (Nu checker over every page 5.5 -> 2.7 CPU-s, EPUBCheck 8.2 -> 3.7), with the
 * same findings. With C1 alone the Nu checker needs a deeper stack than Java's default.
 */
export const SHORT_RUN_JAVA_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-Xss4m'];
