import { SOURCE_CALLS_FAQ, defineRules } from '../core/index.js';

const src = [SOURCE_CALLS_FAQ] as const;

export const VOICEROOM_RULES = /* @__PURE__ */ defineRules({
  'voiceroom.where': {
    id: 'voiceroom.where',
    module: 'voiceroom',
    summary: {
      en: 'A voice room is a voice chat inside a KakaoTalk Open Chat. Only a group open chat can host one (not a 1:1 open chat, not an ordinary chat); any member may open it.',
      ko: '보이스룸은 카카오톡 오픈채팅 안의 음성 대화입니다. 그룹 오픈채팅방에서만 만들 수 있고(1:1 오픈채팅·일반 채팅 불가), 멤버라면 누구나 열 수 있습니다.',
    },
    sources: src,
    enforcedBy: ['openVoiceRoom'],
    codes: [],
  },
  'voiceroom.capacity': {
    id: 'voiceroom.capacity',
    module: 'voiceroom',
    summary: {
      en: 'At most 1,500 people (the Open Chat maximum) are in a voice room at once, hosts included; the join that would make 1,501 is refused.',
      ko: '한 보이스룸에는 진행자를 포함해 동시에 최대 1,500명(오픈채팅 최대 인원)까지 있을 수 있으며, 1,501번째 입장은 거절됩니다.',
    },
    sources: src,
    limits: { maxParticipants: 1500 },
    enforcedBy: ['applyVoiceRoomEvent', 'canApply', 'participantCount'],
    codes: [],
  },
  'voiceroom.roles': {
    id: 'voiceroom.roles',
    module: 'voiceroom',
    summary: {
      en: 'Three roles: host, speaker and listener. Only hosts and speakers can talk.',
      ko: '역할은 진행자, 스피커, 리스너 세 가지이며, 말할 수 있는 것은 진행자와 스피커뿐입니다.',
    },
    sources: src,
    interpretation: 'A participant is exactly one of host, speaker or listener. An event naming someone who is not in the room is refused with code unknown-participant under this rule.',
    enforcedBy: ['roleOf', 'applyVoiceRoomEvent'],
    codes: [],
  },
  'voiceroom.entry-role': {
    id: 'voiceroom.entry-role',
    module: 'voiceroom',
    summary: {
      en: 'The creator starts as the only host. Everyone who joins comes in as a listener, even someone who had a role before leaving.',
      ko: '개설자만 처음에 진행자이며, 들어오는 사람은 이전에 역할이 있었더라도 모두 리스너로 입장합니다.',
    },
    sources: src,
    enforcedBy: ['openVoiceRoom', 'applyVoiceRoomEvent'],
    codes: [],
  },
  'voiceroom.role-change-by-host': {
    id: 'voiceroom.role-change-by-host',
    module: 'voiceroom',
    summary: {
      en: "Only a host changes roles, and only someone else's: listener to speaker, speaker to listener, host to speaker or listener. A host cannot change its own role but can leave.",
      ko: '역할은 진행자만, 그리고 다른 참여자의 것만 바꿀 수 있습니다(리스너↔스피커, 진행자→스피커/리스너). 진행자는 자기 역할을 바꿀 수 없고 나갈 수만 있습니다.',
    },
    sources: src,
    interpretation: 'The source says a host adjusts the *other party\'s* role among host/speaker/listener; making someone host goes through an invitation (voiceroom.host-invite), so a direct set-role targets speaker or listener only. A host may demote another host. Setting the role someone already has is refused (already-in-role) rather than accepted as a no-op.',
    enforcedBy: ['applyVoiceRoomEvent', 'canApply'],
    codes: [],
  },
  'voiceroom.speaker-cap': {
    id: 'voiceroom.speaker-cap',
    module: 'voiceroom',
    summary: {
      en: 'At most 10 participants hold a talking role, hosts included (hosts + speakers <= 10); a change that would make 11 is refused.',
      ko: '말할 수 있는 역할(진행자+스피커)은 진행자를 포함해 최대 10명이며, 11명이 되게 하는 변경은 거절됩니다.',
    },
    sources: src,
    limits: { maxTalkers: 10 },
    enforcedBy: ['applyVoiceRoomEvent', 'canApply', 'talkerCount'],
    codes: [],
  },
  'voiceroom.host-invite': {
    id: 'voiceroom.host-invite',
    module: 'voiceroom',
    summary: {
      en: 'A host makes another host by inviting a speaker, who becomes host only on accepting. Listeners cannot be invited. An invitation lapses if the invitee leaves or stops being a speaker first.',
      ko: '진행자는 스피커를 진행자로 초대할 수 있고, 초대받은 스피커가 수락해야 진행자가 됩니다. 리스너는 초대할 수 없으며, 수락 전에 나가거나 스피커가 아니게 되면 초대는 사라집니다.',
    },
    sources: src,
    interpretation: 'Lapsing on leave or demotion is our reading: the source only says a host may invite a speaker. One pending invitation per speaker (invite-already-pending). The invitation stays valid if the inviting host later leaves or is demoted: the source ties it to the invitee only.',
    enforcedBy: ['applyVoiceRoomEvent', 'canApply', 'pendingHostInvites'],
    codes: [],
  },
  'voiceroom.speak-request': {
    id: 'voiceroom.speak-request',
    module: 'voiceroom',
    summary: {
      en: 'A listener who wants to talk asks a host; the host approves (the listener becomes a speaker if the cap allows) or declines. Only listeners ask, one pending request each.',
      ko: '말하고 싶은 리스너는 진행자에게 요청하고, 진행자가 승인하면(인원 제한 안에서) 스피커가 되며 거절할 수도 있습니다. 요청은 리스너만, 한 번에 하나씩 할 수 있습니다.',
    },
    sources: src,
    interpretation: 'A declined request is cleared and the listener may ask again. A pending request disappears when the listener leaves or becomes a speaker by a host\'s set-role.',
    enforcedBy: ['applyVoiceRoomEvent', 'canApply', 'pendingSpeakRequests'],
    codes: [],
  },
  'voiceroom.lifetime': {
    id: 'voiceroom.lifetime',
    module: 'voiceroom',
    summary: {
      en: 'A voice room ends by itself 48 hours after it opened; from that instant no event is accepted.',
      ko: '보이스룸은 개설 48시간 뒤 자동으로 끝나며, 그 시각부터는 어떤 이벤트도 받지 않습니다.',
    },
    sources: src,
    interpretation: 'The room is a log that runs forward: an event earlier than the last accepted one (or than the opening) is refused with event-out-of-order under this rule; events at the same instant are accepted in order. An event at exactly opened + 48 h is refused (room-ended).',
    limits: { lifetimeHours: 48 },
    enforcedBy: ['applyVoiceRoomEvent', 'canApply', 'replayVoiceRoom', 'voiceRoomSchedule', 'voiceRoomPhase'],
    codes: [],
  },
  'voiceroom.end-warning': {
    id: 'voiceroom.end-warning',
    module: 'voiceroom',
    summary: {
      en: 'An end warning appears 10 minutes before the automatic end, at opening + 47 h 50 min.',
      ko: '자동 종료 10분 전(개설 후 47시간 50분)에 종료 알림이 표시됩니다.',
    },
    sources: src,
    limits: { warningMinutesBeforeEnd: 10 },
    enforcedBy: ['voiceRoomSchedule', 'voiceRoomPhase'],
    codes: [],
  },
  'voiceroom.voice-data': {
    id: 'voiceroom.voice-data',
    module: 'voiceroom',
    summary: {
      en: 'Voice data collected in a room goes to the report server only if someone reports; otherwise it is deleted as soon as the room ends.',
      ko: '보이스룸에서 수집된 음성 데이터는 신고가 있을 때만 신고 서버로 전송되고, 신고가 없으면 방이 끝나는 즉시 삭제됩니다.',
    },
    sources: src,
    enforcedBy: ['applyVoiceRoomEvent', 'voiceDataDisposition'],
    codes: [],
  },
  'voiceroom.hostless': {
    id: 'voiceroom.hostless',
    module: 'voiceroom',
    summary: {
      en: 'Undocumented: what happens when the last host leaves. The room stays open and reports that it has no host; no role can change until a host exists.',
      ko: '문서에 없음: 마지막 진행자가 나갔을 때의 동작. 방은 열린 채로 진행자가 없음을 드러내며, 진행자가 생기기 전에는 역할을 바꿀 수 없습니다.',
    },
    sources: src,
    interpretation: 'The sources are silent. The library invents no successor: the room stays open with hostIds(room) empty; every host action (set-role, answering a speak request, invite-host) is refused with code no-host; joins, leaves, requests to speak and reports still work, and a speaker who holds an invitation made before the last host left may still accept it (that host chose them).',
    enforcedBy: ['applyVoiceRoomEvent', 'hostIds'],
    codes: [],
  },
});
