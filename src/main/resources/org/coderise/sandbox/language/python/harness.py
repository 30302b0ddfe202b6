"""CodeRise unit-test harness for Python: runs unittest files in the given order, one result line per test.

Protocol (parsed by org.coderise.sandbox.language.HarnessProtocol): lines starting with @@coderise@@, tab-separated,
with backslash, tab and newline escaped: TEST status file name millis message output | COMPILE message | DONE.
"""
import io
import os
import sys
import time
import traceback
import unittest

MARK = "@@coderise@@"
REAL_STDOUT = sys.stdout
MAX_TEXT = 4000


def esc(text):
    text = str(text)[:MAX_TEXT]
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def emit(*fields):
    REAL_STDOUT.write(MARK + "\t".join(esc(f) for f in fields) + "\n")
    REAL_STDOUT.flush()


def learner_traceback(err):
    """The traceback without the harness's and unittest's own frames, with /work/ paths made relative."""
    kind, value, tb = err
    frames = [f for f in traceback.extract_tb(tb) if "/unittest/" not in f.filename and "harness.py" not in f.filename]
    lines = traceback.format_list(frames) + traceback.format_exception_only(kind, value)
    return "".join(lines).replace("/work/", "").strip()


class Recorder(unittest.TestResult):
    def __init__(self, suite_file):
        super().__init__()
        self.suite_file = suite_file
        self.outcome = None

    def startTest(self, test):
        super().startTest(test)
        self.outcome = ("PASS", "")
        self.buffer_ = io.StringIO()
        self.saved = (sys.stdout, sys.stderr)
        sys.stdout = sys.stderr = self.buffer_
        self.started = time.monotonic()

    def stopTest(self, test):
        sys.stdout, sys.stderr = self.saved
        millis = int((time.monotonic() - self.started) * 1000)
        status, message = self.outcome
        emit("TEST", status, self.suite_file, getattr(test, "_testMethodName", str(test)), millis, message,
             self.buffer_.getvalue())
        self.outcome = None
        super().stopTest(test)

    def record(self, test, status, message):
        if self.outcome is None:  # a class or module fixture failed outside any test
            emit("TEST", status, self.suite_file, str(test), 0, message, "")
        elif self.outcome[0] == "PASS":
            self.outcome = (status, message)

    def addFailure(self, test, err):
        self.record(test, "FAIL", str(err[1]))

    def addError(self, test, err):
        self.record(test, "ERROR", learner_traceback(err))

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self.record(test, "FAIL" if failed else "ERROR",
                        subtest._subDescription() + " " + (str(err[1]) if failed else learner_traceback(err)))

    def addUnexpectedSuccess(self, test):
        self.record(test, "FAIL", "this test was expected to fail, but it passed")


def ordered_tests(module):
    """Tests in the order they appear in the file, not unittest's alphabetical order."""
    loader = unittest.TestLoader()
    flat = []

    def walk(suite):
        for item in suite:
            if isinstance(item, unittest.TestSuite):
                walk(item)
            else:
                flat.append(item)
    walk(loader.loadTestsFromModule(module))

    def line(test):
        code = getattr(getattr(test, getattr(test, "_testMethodName", ""), None), "__code__", None)
        return code.co_firstlineno if code else 0
    class_line = {}
    for test in flat:
        class_line[type(test)] = min(class_line.get(type(test), line(test)), line(test))
    flat.sort(key=lambda test: (class_line[type(test)], line(test)))
    return flat


def main(files):
    sys.path.insert(0, os.getcwd())  # /work in the jail: tests import the learner's code as a sibling
    sys.dont_write_bytecode = True
    for path in files:
        name = os.path.splitext(os.path.basename(path))[0]
        try:
            module = __import__(name)
        except SyntaxError as error:
            where = os.path.basename(error.filename or path)
            emit("COMPILE", "%s, line %s: %s\n%s" % (where, error.lineno, error.msg, (error.text or "").rstrip()))
            emit("DONE")
            return
        except BaseException:
            emit("TEST", "ERROR", path, "loading " + path, 0, learner_traceback(sys.exc_info()), "")
            continue
        result = Recorder(path)
        unittest.TestSuite(ordered_tests(module)).run(result)
    emit("DONE")


if __name__ == "__main__":
    main(sys.argv[1:])
