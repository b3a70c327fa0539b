/**
 * Urgent-question triage: recall 100% and false alarms <= 10% per language on the labelled set,
 * plus targeted cases — accents typed or not, hyperbole, "sốt ruột", "từ từ" vs "tự tử", the signs
 * reported and the self-harm flag.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { triage, TRIAGE_SIGNS, type TriageSign } from '@/lib/questions/triage';

interface Case {
  text: string;
  lang: 'vi' | 'en';
  urgent: boolean;
  signs?: TriageSign[];
  note?: string;
}

const cases = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../fixtures/triage-cases.json'), 'utf8'),
) as Case[];

const signs = (text: string) => triage(text).signs;
const urgent = (text: string) => triage(text).urgent;

describe('labelled set', () => {
  it('is large, balanced and well-formed', () => {
    expect(cases.length).toBeGreaterThanOrEqual(160);
    for (const lang of ['vi', 'en'] as const) {
      const own = cases.filter((c) => c.lang === lang);
      expect(own.length).toBeGreaterThanOrEqual(cases.length * 0.4);
      expect(own.filter((c) => c.urgent).length / own.length).toBeGreaterThanOrEqual(0.4);
    }
    // Many Vietnamese questions typed without diacritics.
    expect(cases.filter((c) => c.lang === 'vi' && !/[^\x00-\x7f]/.test(c.text)).length).toBeGreaterThanOrEqual(30);
    for (const c of cases) {
      expect(typeof c.text).toBe('string');
      expect(c.text.trim().length).toBeGreaterThan(0);
      for (const s of c.signs ?? []) expect(TRIAGE_SIGNS).toContain(s);
      if (c.signs?.length) expect(c.urgent).toBe(true);
    }
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`${lang}: recall 100%, false alarms <= 10%`, () => {
      const own = cases.filter((c) => c.lang === lang);
      const missed = own.filter((c) => c.urgent && !urgent(c.text)).map((c) => c.text);
      const falseAlarms = own.filter((c) => !c.urgent && urgent(c.text)).map((c) => c.text);
      const negatives = own.filter((c) => !c.urgent).length;
      expect(missed).toEqual([]);
      expect(falseAlarms.length / negatives).toBeLessThanOrEqual(0.1);
    });
  }

  it('reports the expected signs on urgent cases', () => {
    const wrong = cases
      .filter((c) => c.urgent && c.signs?.length)
      .map((c) => ({ text: c.text, expected: c.signs!, got: signs(c.text) }))
      .filter((r) => !r.expected.every((s) => r.got.includes(s)));
    expect(wrong).toEqual([]);
  });
});

describe('with and without diacritics', () => {
  const pairs: Array<[string, string, TriageSign]> = [
    ['Ngực sưng đỏ, em sốt 38,5 độ', 'nguc sung do, em sot 38,5 do', 'mastitis'],
    ['Vú cương cứng đau, người em ớn lạnh', 'vu cuong cung dau, nguoi em on lanh', 'mastitis'],
    ['Bé 5 ngày tuổi hôm nay chỉ có 2 tã ướt', 'be 5 ngay tuoi hom nay chi co 2 ta uot', 'baby_dehydration'],
    ['Bé ngủ li bì, bỏ bú từ sáng', 'be ngu li bi, bo bu tu sang', 'baby_lethargy'],
    ['Con em 20 ngày tuổi bị sốt 38 độ', 'con em 20 ngay tuoi bi sot 38 do', 'baby_fever'],
    ['Sinh được 5 ngày em ra máu nhiều, có máu cục', 'sinh duoc 5 ngay em ra mau nhieu, co mau cuc', 'bleeding'],
    ['Em không muốn sống nữa', 'em khong muon song nua', 'self_harm'],
    ['Em muốn chết', 'em muon chet', 'self_harm'],
    ['Em nghĩ đến chuyện tự tử', 'em nghi den chuyen tu tu', 'self_harm'],
    ['Cả nhà sẽ tốt hơn nếu không có em', 'ca nha se tot hon neu khong co em', 'self_harm'],
    ['Em sợ mình làm hại con', 'em so minh lam hai con', 'harm_baby'],
  ];
  for (const [accented, bare, sign] of pairs) {
    it(`${sign}: "${bare}"`, () => {
      expect(signs(accented)).toContain(sign);
      expect(signs(bare)).toContain(sign);
    });
  }

  it('accepts decomposed (NFD) and upper-case text', () => {
    expect(signs('NGỰC SƯNG ĐỎ, SỐT 39 ĐỘ'.normalize('NFD'))).toContain('mastitis');
    expect(signs('EM MUỐN TỰ TỬ')).toContain('self_harm');
  });
});

describe('what is not urgent', () => {
  it.each([
    'Bé dậy 5 lần mỗi đêm, em mệt muốn chết. Làm sao để bé ngủ dài giấc hơn?',
    'be thuc ca dem, gio em buon ngu chet mat',
    'Đầu ti em nứt, mỗi lần bé ngậm đau chết đi được',
    'Chồng em thay bỉm lắp ngược, cả nhà cười muốn chết',
    'hom qua bi nguoi ta nhin, xau ho muon chet',
    'My mum says I will die of tiredness haha',
    'Dying for a proper coffee, how much caffeine is ok?',
    'My back is killing me from feeding',
  ])('hyperbole: %s', (text) => {
    expect(urgent(text)).toBe(false);
  });

  it('"sốt ruột", "sốt sắng", sauce and "hạ sốt" are not fever', () => {
    expect(urgent('Bé 2 tháng chưa tăng cân, em sốt ruột quá')).toBe(false);
    expect(urgent('be 2 thang chua tang can, em sot ruot qua')).toBe(false);
    expect(urgent('Em sốt sắng chuẩn bị đi làm lại, bé 3 tháng')).toBe(false);
    expect(urgent('Ăn mì sốt cà chua có làm bé 1 tháng đầy hơi không?')).toBe(false);
    expect(urgent('Có nên mua sẵn thuốc hạ sốt cho trẻ sơ sinh không?')).toBe(false);
    expect(urgent('Bé bú xong ngực em vẫn còn sót sữa, hơi căng')).toBe(false);
  });

  it('"từ từ" (slowly) is not "tự tử"; bare "tu tu" needs an intent', () => {
    expect(urgent('Mọi người bảo từ từ rồi sẽ quen')).toBe(false);
    expect(urgent('Em muốn từ từ cai sữa đêm cho bé')).toBe(false);
    expect(urgent('em muon tu tu cai sua dem')).toBe(false);
    expect(urgent('lam sao de be bu tu tu hon a')).toBe(false);
    expect(urgent('ba noi bao tu tu be se quen')).toBe(false);
    expect(signs('Em muốn tự tử')).toEqual(['self_harm']);
    expect(signs('em muon tu tu')).toEqual(['self_harm']);
    expect(signs('dem nao cung khoc, nghi den chuyen tu tu')).toEqual(['self_harm']);
  });

  it('blood words that are not bleeding', () => {
    expect(urgent('Em nhóm máu O, chồng nhóm máu A, bé có sao không?')).toBe(false);
    expect(urgent('be 1 thang di xet nghiem mau lay mau got chan')).toBe(false);
    expect(urgent('Bác sĩ bảo em thiếu máu nhẹ, nên ăn gì bổ máu?')).toBe(false);
    expect(urgent('Bé 1 tháng đi ngoài phân màu xanh có bọt')).toBe(false);
    expect(urgent('Em bị huyết áp cao sau sinh, uống thuốc có sao không?')).toBe(false);
    expect(urgent('My nipple cracked and there is a little blood in my pumped milk')).toBe(false);
    expect(urgent('Sinh được 3 tháng thì ra máu ít, có phải có kinh lại không?')).toBe(false);
  });

  it('breast pain without fever, and ordinary sleep and pee questions', () => {
    expect(urgent('Ngực em căng cứng và đau, không sốt. Có nên hút bớt ra không?')).toBe(false);
    expect(urgent('Breasts hard and painful on day 4, no fever')).toBe(false);
    expect(urgent('My baby sleeps a lot at night and wakes to feed fine')).toBe(false);
    expect(urgent('How much should a baby pee? How many wet nappies a day?')).toBe(false);
    expect(urgent('My baby pees a lot, like 10 wet diapers a day')).toBe(false);
    expect(urgent('Bé một ngày thay 8-9 tã ướt, tè nhiều vậy có sao không?')).toBe(false);
  });

  it('explicit denials, care-task worries', () => {
    expect(urgent("I'm not suicidal, just tired")).toBe(false);
    expect(urgent('Em không có ý nghĩ tự tử gì đâu, chỉ là mệt')).toBe(false);
    expect(urgent("I'm scared of hurting him when I cut his nails")).toBe(false);
    expect(urgent('Em sợ làm đau con khi cắt móng tay')).toBe(false);
    // A denial followed by "but" does not cancel what follows.
    expect(signs("I'm not suicidal but sometimes I wish I could just disappear")).toContain('self_harm');
  });
});

describe('baby fever by age', () => {
  it('under 3 months or age unknown: urgent; 3 months or more, mild: not', () => {
    expect(signs('My 3 week old has a temperature of 38.1')).toContain('baby_fever');
    expect(signs('Bé 2 tháng sốt 38.2')).toContain('baby_fever');
    expect(signs('Bé nhà em bị sốt 38 độ')).toContain('baby_fever');
    expect(urgent('My 4 month old had a slight fever of 37.9 after her jabs')).toBe(false);
    expect(urgent('Bé 6 tháng tiêm phòng xong sốt 37,8, vẫn chơi và bú tốt')).toBe(false);
  });
  it('a high fever is urgent at any age', () => {
    expect(signs('Bé 5 tháng sốt cao 39,5 độ')).toContain('baby_fever');
    expect(signs('My 7 month old has a fever of 39.8')).toContain('baby_fever');
  });
  it('weeks of pregnancy are not an age; a mother with a cold is not a baby fever', () => {
    expect(urgent('be sinh luc 38 tuan, nang 2.9kg, bu bao nhieu la du')).toBe(false);
    expect(urgent('Em bị cảm, hơi sốt 37,8 độ. Em vẫn cho con bú được chứ?')).toBe(false);
  });
});

describe('result shape', () => {
  it('lists signs in TRIAGE_SIGNS order, without duplicates', () => {
    const r = triage('Bé 10 ngày sốt 38 độ, li bì, chỉ có 2 tã ướt\nEm mệt quá, không muốn sống nữa');
    expect(r.urgent).toBe(true);
    expect(r.signs).toEqual(['baby_dehydration', 'baby_lethargy', 'baby_fever', 'self_harm']);
    expect(new Set(r.signs).size).toBe(r.signs.length);
  });
  it('selfHarm is set for self_harm and harm_baby only', () => {
    expect(triage('I want to die').selfHarm).toBe(true);
    expect(triage('I keep having thoughts of throwing my son down the stairs').signs).toEqual(['harm_baby']);
    expect(triage('I keep having thoughts of throwing my son down the stairs').selfHarm).toBe(true);
    const mastitis = triage('My breast is red and hot and I have a fever');
    expect(mastitis).toEqual({ urgent: true, signs: ['mastitis'], selfHarm: false });
  });
  it('empty text is not urgent', () => {
    expect(triage('')).toEqual({ urgent: false, signs: [], selfHarm: false });
    expect(triage('  \n ')).toEqual({ urgent: false, signs: [], selfHarm: false });
  });
});
