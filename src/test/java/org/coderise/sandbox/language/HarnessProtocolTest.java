package org.coderise.sandbox.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.coderise.sandbox.api.TestResult;
import org.junit.jupiter.api.Test;

class HarnessProtocolTest {

    @Test
    void readsTestsInOrderWithEscapedMessagesAndKeepsOtherOutputApart() {
        UnitReport report = HarnessProtocol.parse("imported\n"
                + "@@coderise@@TEST\tPASS\ttest_main.py\ttest_a\t3\t\thi\\n\n"
                + "@@coderise@@TEST\tFAIL\ttest_main.py\ttest_b\t1\t9 != 8 :\\texpected 8\\\\n\t\n"
                + "@@coderise@@DONE\n");
        assertThat(report.tests()).extracting(TestResult::name).containsExactly("test_a", "test_b");
        assertThat(report.tests().get(0).output()).isEqualTo("hi\n");
        assertThat(report.tests().get(1).status()).isEqualTo(TestResult.Status.FAIL);
        assertThat(report.tests().get(1).message()).isEqualTo("9 != 8 :\texpected 8\\n");
        assertThat(report.complete()).isTrue();
        assertThat(report.otherOutput()).isEqualTo("imported");
    }

    @Test
    void aRunThatStopsBeforeDoneIsIncomplete() {
        UnitReport report = HarnessProtocol.parse("@@coderise@@TEST\tPASS\tt.py\tx\t0\t\t\n");
        assertThat(report.complete()).isFalse();
        assertThat(report.tests()).hasSize(1);
    }

    @Test
    void reportsACompileErrorAndIgnoresForgedStatuses() {
        UnitReport report = HarnessProtocol.parse("@@coderise@@TEST\tGREAT\tt.py\tx\t0\t\t\n"
                + "@@coderise@@COMPILE\tmain.py, line 1: invalid syntax\n@@coderise@@DONE\n");
        assertThat(report.tests()).isEmpty();
        assertThat(report.compileError()).contains("main.py, line 1: invalid syntax");
    }
}
