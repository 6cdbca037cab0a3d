package kr.drregistry.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JosaTest {
    @Test
    void aHangulWordTakesTheFormItsLastSyllableAsks() {
        assertEquals("사이트가", Josa.attach("사이트", "이/가"));
        assertEquals("서비스를", Josa.attach("서비스", "을/를"));
        assertEquals("구성요소는", Josa.attach("구성요소", "은/는"));
        assertEquals("정책은", Josa.attach("정책", "은/는"));
        assertEquals("캠퍼스와", Josa.attach("캠퍼스", "과/와"));
        assertEquals("본관과", Josa.attach("본관", "과/와"));
        assertEquals("판교로", Josa.attach("판교", "으로/로"));
        assertEquals("서울로", Josa.attach("서울", "으로/로"), "after ㄹ: 로, not 으로");
        assertEquals("본관으로", Josa.attach("본관", "으로/로"));
    }

    @Test
    void aNumberIsReadInKorean() {
        assertEquals("버전 3을", Josa.attach("버전 3", "을/를"), "삼");
        assertEquals("버전 2를", Josa.attach("버전 2", "을/를"), "이");
        assertEquals("버전 1로", Josa.attach("버전 1", "으로/로"), "일 ends in ㄹ");
        assertEquals("버전 6으로", Josa.attach("버전 6", "으로/로"), "육");
        assertEquals("버전 9가", Josa.attach("버전 9", "이/가"), "구");
        assertEquals("10이", Josa.attach(10, "이/가"), "십");
        assertEquals("2000은", Josa.attach(2000, "은/는"), "천");
        assertEquals("20000이", Josa.attach(20000, "이/가"), "만");
        assertEquals("0은", Josa.attach(0, "은/는"), "영");
    }

    @Test
    void aLatinNameIsReadAsItSounds() {
        assertEquals("talk가", Josa.attach("talk", "이/가"), "토크: no talk이(가)");
        assertEquals("example-talk를", Josa.attach("example-talk", "을/를"));
        assertEquals("seoul-main-dc와", Josa.attach("seoul-main-dc", "과/와"));
        assertEquals("pg-main은", Josa.attach("pg-main", "은/는"), "메인");
        assertEquals("auth-api는", Josa.attach("auth-api", "은/는"));
        assertEquals("login이", Josa.attach("login", "이/가"));
        assertEquals("DNS는", Josa.attach("DNS", "은/는"), "디엔에스");
        assertEquals("URL로", Josa.attach("URL", "으로/로"), "유알엘 ends in ㄹ");
        assertEquals("ISM이", Josa.attach("ISM", "이/가"), "아이에스엠");
        assertEquals("seoul-1로", Josa.attach("seoul-1", "으로/로"), "the last character read: 일");
        assertEquals("junit을", Josa.attach("junit", "을/를"), "제이유닛");
        assertEquals("backup이", Josa.attach("backup", "이/가"), "백업");
        assertEquals("rack은", Josa.attach("rack", "은/는"), "랙");
        assertEquals("boot가", Josa.attach("boot", "이/가"), "부트");
        assertEquals("sarif를", Josa.attach("sarif", "을/를"), "사리프");
    }

    @Test
    void closingMarksAreSkippedAndASymbolAloneKeepsBothForms() {
        assertEquals("「운영 토큰」을", Josa.attach("「운영 토큰」", "을/를"));
        assertEquals("‘talk’가", Josa.attach("‘talk’", "이/가"));
        assertEquals("—이(가)", Josa.attach("—", "이/가"));
    }

    @Test
    void eitherFormNamesThePair() {
        assertEquals("를", Josa.particle("talk", "을"));
        assertEquals("을", Josa.particle("정책", "를"));
        assertEquals("으로", Josa.particle("정책", "로"));
        assertThrows(IllegalArgumentException.class, () -> Josa.particle("talk", "의"));
    }
}
