package io.callqa.voc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Complaints of two periods: the usual ones in both, and in the recent one a new theme no topic covers. */
class EmergingTopicsTest {
    static final String[] USUAL = {
        "年费怎么又扣了我卡都没用过", "你们催收天天打电话到我单位太过分了", "转账一直显示处理中钱也扣了", "手机银行登录不上去一直闪退",
        "理财亏了这么多当时说没风险", "网点排队排了两个小时柜台只开一个窗口", "分期手续费太高了跟说的不一样", "我还款了怎么还显示逾期",
        "提前还房贷还要收违约金不合理", "我的卡莫名其妙被冻结了取不了钱", "验证码短信一直收不到没法付款", "客服电话一直打不通等了半小时"};
    static final String[] NEW_THEME = {
        "数字人民币钱包开通不了一直提示失败", "我的数字人民币钱包充值失败钱扣了", "数字人民币钱包里的钱转不出来", "数字人民币红包领了钱包里没有",
        "开通数字人民币钱包以后绑定的卡用不了", "数字人民币钱包付款一直报错", "你们的数字人民币钱包升级以后余额不对", "数字人民币钱包注销不了",
        "数字人民币消费券在钱包里看不到", "用数字人民币钱包交水费失败了"};

    static List<EmergingTopics.Complaint> complaints() {
        List<EmergingTopics.Complaint> out = new ArrayList<>();
        int n = 0;
        for (int round = 0; round < 3; round++) {
            for (String s : USUAL) out.add(new EmergingTopics.Complaint("p" + n++, s, false));
            for (String s : USUAL) out.add(new EmergingTopics.Complaint("r" + n++, s, true));
        }
        for (String s : NEW_THEME) out.add(new EmergingTopics.Complaint("new" + n++, s, true));
        return out;
    }

    @Test
    void aNewThemeRisesAndTheUsualOnesDoNot() {
        List<EmergingTopics.Theme> themes = EmergingTopics.find(complaints(), 5);
        assertFalse(themes.isEmpty());
        EmergingTopics.Theme top = themes.get(0);
        assertTrue(top.keywords().stream().anyMatch(k -> k.contains("人民币") || k.contains("钱包")), top.toString());
        assertTrue(top.recentCalls() >= 8, top.toString());
        assertEquals(0, top.previousCalls(), top.toString());
        assertTrue(top.exampleCalls().stream().allMatch(id -> id.startsWith("new")), top.toString());
        for (EmergingTopics.Theme t : themes) {
            assertTrue(t.keywords().stream().noneMatch(k -> k.equals("年费") || k.equals("催收") || k.equals("转账")), "usual complaints are not emerging: " + t);
        }
    }

    @Test
    void nothingEmergesWhenBothPeriodsSayTheSame() {
        List<EmergingTopics.Complaint> same = complaints().stream().filter(c -> !c.callId().startsWith("new")).toList();
        assertEquals(List.of(), EmergingTopics.find(same, 5));
    }
}
