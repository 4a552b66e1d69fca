package io.callqa.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callqa.call.Call;
import io.callqa.call.Utterance;
import io.callqa.signals.TalkSignalAnalyzer;
import io.callqa.signals.TalkSignals;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped packs applied to small calls: findings, their evidence and the scorecard. */
class RuleEngineTest {
    private static Call call(String businessLine, Utterance... us) {
        Call c = new Call();
        c.meta.callId = "t";
        c.meta.startTime = "2026-11-16T10:00:00+08:00";
        c.meta.businessLine = businessLine;
        c.utterances = List.of(us);
        c.durationMs = us[us.length - 1].endMs;
        return c;
    }

    private static Utterance a(long start, long end, String text) {
        return new Utterance("agent", start, end, text);
    }

    private static Utterance c(long start, long end, String text) {
        return new Utterance("customer", start, end, text);
    }

    private static List<RuleHit> hits(Call call) throws Exception {
        return hits(RulePackLoader.loadFolder(Path.of("packs")), call);
    }

    private static List<RuleHit> hits(List<Rule> rules, Call call) throws Exception {
        try (RuleEngine engine = new RuleEngine(rules)) {
            TalkSignals s = new TalkSignalAnalyzer().analyze(call.utterances, call.durationMs);
            return engine.evaluate(call, s);
        }
    }

    /** A reference condition (when, unless, after, before) said by one side. */
    private static Rule.Reference said(String query, String speaker) {
        Rule.Reference ref = new Rule.Reference();
        ref.query = query;
        ref.speaker = speaker;
        return ref;
    }

    /** A minimal forbidden rule for testing one language feature on its own. */
    private static Rule forbidden(String id, String category, String query) {
        Rule r = new Rule();
        r.id = id;
        r.name = "测试";
        r.category = category;
        r.severity = "minor";
        r.type = Rule.Type.FORBIDDEN;
        r.query = query;
        return r;
    }

    private static RuleHit hit(List<RuleHit> hits, String ruleId) {
        return hits.stream().filter(x -> x.ruleId.equals(ruleId)).findFirst().orElseThrow();
    }

    @Test
    void aModelCallHasNoFindings() throws Exception {
        List<RuleHit> h = hits(call("service",
                a(0, 4000, "您好，华夏通银行客服中心，工号3021，请问有什么可以帮您"),
                c(4500, 7000, "我想查一下信用卡额度"),
                a(7200, 8000, "请您提供姓名和卡号后四位"),
                c(8200, 9000, "王芳，后四位3381"),
                a(9200, 11000, "核实好了，请稍等，我帮您查询一下"),
                a(30000, 34000, "让您久等了，您的额度是五万元"),
                c(34500, 36000, "好的谢谢"),
                a(36500, 40000, "感谢您的来电，祝您生活愉快，再见")));
        assertEquals(List.of(), h.stream().map(x -> x.ruleId).toList(), "an announced 19 s hold is not dead air");
    }

    @Test
    void findingsCarryEvidenceAndTheScorecardFollowsTheStandard() throws Exception {
        List<RuleHit> h = hits(call("wealth",
                a(0, 3000, "喂"),
                c(3500, 6000, "什么产品"),
                a(6500, 12000, "这款理财保本保收益，稳赚不赔"),
                c(30000, 33000, "我要投诉你们"),
                a(33500, 35000, "随便你")));
        List<String> ids = h.stream().map(x -> x.ruleId).sorted().toList();
        assertEquals(List.of("ALL-CLOSE-01", "ALL-DEADAIR-01", "ALL-ESCALATE-01", "ALL-GREET-01", "ALL-RUDE-01", "WM-GUARANTEE-01", "WM-RISK-01", "WM-RISK-02"), ids);
        RuleHit guarantee = hit(h, "WM-GUARANTEE-01");
        assertEquals("这款理财【保本】【保收益】，【稳赚不赔】", guarantee.evidence);
        assertEquals(6500, guarantee.startMs);
        RuleHit greeting = hit(h, "ALL-GREET-01");
        assertTrue(greeting.evidence.contains("喂"), "a missing item points at the window where it was due");
        RuleHit deadAir = hit(h, "ALL-DEADAIR-01");
        assertEquals(List.of(12000L, 30000L), List.of(deadAir.startMs, deadAir.endMs));

        Scorecard card = Scorecard.of(h);
        assertEquals(0, card.score);
        assertTrue(card.redLine && card.flagged);
        assertTrue(card.flagReasons.containsAll(List.of("red_line:guaranteed_return", "complaint_escalation")), card.flagReasons.toString());
    }

    @Test
    void deductionsAddUpWithoutARedLine() throws Exception {
        List<RuleHit> h = hits(call("service",
                a(0, 3000, "喂，什么事"),
                c(3500, 6000, "我卡被锁了"),
                a(6500, 9000, "这个不归我们管，你自己去网点问吧"),
                c(9500, 11000, "那我要投诉"),
                a(11500, 13000, "我都说几遍了")));
        Scorecard card = Scorecard.of(h);
        assertEquals(100 - 5 - 5 - 10 - 15, card.score, h.stream().map(x -> x.ruleId).toList().toString());
        assertTrue(card.flagged && !card.redLine);
    }

    @Test
    void aHandOffExcusesTheDeflectionItFollowsNotAnEarlierOne() throws Exception {
        Utterance deflect = a(10000, 14000, "年费的事跟我们这边没关系，您自己去找网点问问吧");
        List<RuleHit> soon = hits(call("service", deflect, c(15000, 17000, "我没时间跑网点"),
                a(18000, 22000, "那我帮您登记一下，网点会联系您")));
        assertTrue(soon.stream().noneMatch(x -> x.category.equals("transfer_deflection")), "the hand-off came 8 s later");
        List<RuleHit> late = hits(call("service", deflect, c(15000, 17000, "算了，房贷提前还款怎么弄"),
                a(90000, 95000, "这个我帮您登记一下提前还款预约")));
        assertEquals("transfer_deflection", hit(late, "ALL-DEFLECT-01").category, "registering a later matter 80 s on excuses nothing");
    }

    @Test
    void aCardTailGivenInAnswerToWhichCardItIsVerifiesNobody() throws Exception {
        Call cardOnly = call("service", a(0, 4000, "您好，东方汇银行客服中心，工号3021，请问有什么可以帮您"),
                c(4500, 7000, "我的卡刷不了了"), a(7500, 9000, "您这张卡尾号是多少？"), c(9500, 10500, "6208。"),
                a(11000, 16000, "我这边看到这张卡目前是被风控临时止付了"));
        assertEquals("identity_verification", hit(hits(cardOnly), "SVC-IDV-01").category, "the digits named the card (notReplyTo)");
        Call idTail = call("service", a(0, 4000, "您好，东方汇银行客服中心，工号3021，请问有什么可以帮您"),
                c(4500, 7000, "我的卡刷不了了"), a(7500, 9000, "麻烦报一下您身份证后四位"), c(9500, 10500, "6208。"),
                a(11000, 16000, "我这边看到这张卡目前是被风控临时止付了"));
        assertTrue(hits(idTail).stream().noneMatch(x -> x.ruleId.equals("SVC-IDV-01")), "the same digits answering for the ID verify the caller");
    }

    @Test
    void aReplyCountsOnlyAsAnAnswerToItsQuestion() throws Exception {
        Rule r = forbidden("T-2", "identity_verification", "\"逾期\"");
        r.speaker = "agent";
        Rule.Reference yes = said("\"对\"", "customer");
        yes.replyTo = "\"本人吗\"";
        r.before.add(yes);
        Call confirmed = call("collection", a(0, 2000, "请问是王强本人吗"), c(2500, 3000, "对"), a(3500, 6000, "您的卡逾期了"));
        Call unrelated = call("collection", a(0, 2000, "请问您是哪位"), c(2500, 3000, "对，我找王强"), a(3500, 6000, "他的卡逾期了"));
        assertEquals(0, hits(List.of(r), confirmed).size(), "对 answered 本人吗");
        assertEquals(1, hits(List.of(r), unrelated).size(), "对 answered something else");
    }

    @Test
    void aThirdPartyTakingThePhoneAgainReopensTheScope() throws Exception {
        Rule r = forbidden("T-3", "third_party_disclosure", "\"逾期\"");
        r.speaker = "agent";
        r.after.add(said("\"我是他老婆\"", "customer"));
        r.before.add(said("\"我是王强\"", "customer"));
        Call handedBack = call("collection", a(0, 2000, "请问是王强吗"), c(2500, 3500, "我是他老婆"), c(4000, 5000, "我是王强"),
                a(5500, 7000, "您的卡逾期了"), c(7500, 8500, "我是他老婆，你跟我说"), a(9000, 11000, "他的卡逾期了"));
        Call keptIt = call("collection", a(0, 2000, "请问是王强吗"), c(2500, 3500, "我是他老婆"), c(4000, 5000, "我是王强"),
                a(5500, 7000, "您的卡逾期了"), a(9000, 11000, "逾期会上征信"));
        assertEquals(List.of(9000L), hits(List.of(r), handedBack).stream().map(h -> h.startMs).toList(), "told to the wife who took the phone again");
        assertEquals(0, hits(List.of(r), keptIt).size(), "said to the confirmed cardholder");
    }

    @Test
    void anUnlessWithACountExcusesOnlyOnceReached() throws Exception {
        Rule r = forbidden("T-1", "transfer_deflection", "\"您自己去\"");
        Rule.Reference transfers = said("\"转接\"", "any");
        transfers.count = 2;
        r.unless.add(transfers);
        Call once = call("service", a(0, 2000, "您自己去网点吧"), a(3000, 5000, "我帮您转接"));
        Call twice = call("service", a(0, 2000, "您自己去网点吧"), a(3000, 5000, "我帮您转接"), a(6000, 8000, "正在转接"));
        assertEquals(1, hits(List.of(r), once).size(), "one 转接 of the two needed");
        assertEquals(0, hits(List.of(r), twice).size());
    }
    @Test
    void aLossTheCustomerOpensWithMakesAServiceCallButOneRaisedAgainstAPitchDoesNot() throws Exception {
        Utterance loss = c(3000, 7000, "我之前买的那个理财亏了两千，怎么回事");
        Utterance pitch = a(8000, 14000, "我们新出了一款理财，业绩比较基准百分之三，一万起");
        List<RuleHit> service = hits(call("wealth", a(0, 2500, "您好，东方汇银行财富热线，工号3021，请问有什么可以帮您"), loss,
                a(8000, 14000, "您买的这款业绩比较基准是百分之三，净值跟着债市波动，上个月债市跌得多"),
                c(15000, 17000, "那我再看看"), a(18000, 20000, "好的，感谢您的来电，再见")));
        assertTrue(service.stream().noneMatch(x -> x.ruleId.equals("WM-RISK-01")), "the customer called about a loss before any pitch");
        List<RuleHit> objection = hits(call("wealth", a(0, 2500, "您好，东方汇银行财富热线，工号3021，请问有什么可以帮您"),
                a(3000, 7000, pitch.text), c(8000, 14000, loss.text), a(15000, 17000, "好的，感谢您的来电，再见")));
        assertEquals("risk_disclosure", hit(objection, "WM-RISK-01").category, "the loss came up as an objection to the pitch");
    }

    @Test
    void aCallerAskingAboutAPolicyTheyHoldIsOwedNoSalesDisclosure() throws Exception {
        Utterance opening = a(0, 3000, "您好，东方汇银行保险服务专席，工号7102，请问有什么可以帮您？");
        Utterance held = c(4000, 9000, "我前年在你们银行买了个养老的保险，想问问什么时候开始能领钱");
        List<RuleHit> service = hits(call("insurance", opening, held, a(10000, 16000, "您这张保单约定的是五十五周岁开始领，年金每年十二月到账"),
                c(17000, 18000, "好的谢谢"), a(19000, 21000, "不客气，感谢您的来电，再见")));
        assertTrue(service.stream().noneMatch(x -> x.category.equals("risk_disclosure")), "a service call about a policy already held");
        List<RuleHit> pitch = hits(call("insurance", a(0, 3000, "您好，我是东方汇银行的保险顾问，工号2740，请问是邱先生吗？"), c(4000, 5000, "是我，我问你个事"),
                a(5500, 6000, "您说"), c(6500, 9000, "我去年在你们这买了一份保险，今年好像扣了两次"),
                a(10000, 16000, "这个您去网点问。今天是想给您介绍一款新的重疾险，一年保费三千八"), c(17000, 18000, "行吧，那就买一份"),
                a(19000, 21000, "好的，感谢您，再见")));
        assertEquals("risk_disclosure", hit(pitch, "INS-RISK-02").category, "the policy came up on a sales call, not in answer to the hotline's greeting");
    }

    @Test
    void aServiceCallEndsWhereTheAgentPitchesANewProduct() throws Exception {
        Utterance opening = a(0, 2500, "您好，东方汇银行财富热线，工号3021，请问有什么可以帮您");
        Utterance held = c(3000, 7000, "我买的那个理财什么时候到期，能不能提前取出来");
        Utterance answer = a(8000, 14000, "您持有的这款封闭期内不能提前赎回，下个月十五号到期，本金和收益一到三个工作日到账");
        List<RuleHit> service = hits(call("wealth", opening, held, answer, c(15000, 16000, "好的"), a(17000, 19000, "好的，感谢您的来电，再见")));
        assertTrue(service.stream().noneMatch(x -> x.category.equals("risk_disclosure")), "a question about a product already held");
        List<RuleHit> pitched = hits(call("wealth", opening, held, answer,
                a(15000, 20000, "另外我们最近有一款月月开的理财，业绩比较基准年化百分之二点四，您有闲钱可以考虑"),
                c(21000, 22000, "再说吧"), a(23000, 25000, "好的，感谢您的来电，再见")));
        assertEquals("risk_disclosure", hit(pitched, "WM-RISK-01").category, "the excuse lapses at the new pitch (until)");
    }
}
