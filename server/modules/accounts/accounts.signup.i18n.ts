/** Messages of residents' sign-up, claiming and guardianship (zh-CN first, en-US second). */
export const signupMessages = {
  'zh-CN': {
    'residents.phone.invalid': '请输入 11 位大陆手机号码',
    'residents.otp.wait': '验证码已发送，请 {seconds} 秒后再试',
    'residents.otp.too_many': '验证码请求过于频繁，请稍后再试',
    'residents.otp.wrong': '验证码不正确或已失效，请重新获取',
    'residents.otp.sms': '【共治】您的验证码是 {code}，5 分钟内有效。如非本人操作请忽略。',
    'residents.claim.no_match': '未能核验：请检查姓名和身份证号，或请社区工作人员为您发放邀请码',
    'residents.claim.throttled': '核验尝试过多，请明天再试或联系社区工作人员',
    'residents.claim.already': '您的账号已与居民档案关联',
    'residents.invite.bad_code': '邀请码无效或已过期',
    'residents.invite.claimed': '该居民已有关联账号',
    'residents.child.not_minor': '儿童议事会仅限未满 18 周岁的儿童',
    'residents.child.consent_required': '请阅读并同意监护人知情同意书',
    'residents.child.unknown': '没有与您关联的这名儿童',
    'residents.verify_first': '请先完成实名核验',
    'residents.verified': '实名核验通过，欢迎参与{community}议事',
    'residents.consent_text':
      '本人作为监护人，同意孩子以“童议员”身份参加社区儿童议事会，由本人代为或陪同提交提议、发表意见和投票；平台不公开孩子的姓名、证件号码等个人信息；本人可随时撤回同意。',
  },
  'en-US': {
    'residents.phone.invalid': 'Enter an 11-digit mainland mobile number',
    'residents.otp.wait': 'A code was sent; try again in {seconds} s',
    'residents.otp.too_many': 'Too many codes requested; try again later',
    'residents.otp.wrong': 'The code is wrong or expired; ask for a new one',
    'residents.otp.sms': '[gongzhi] Your code is {code}, valid for 5 minutes.',
    'residents.claim.no_match':
      'Could not verify: check the name and ID number, or ask the community office for an invitation code',
    'residents.claim.throttled': 'Too many tries; try again tomorrow or ask the community office',
    'residents.claim.already': 'Your account is already linked to your record',
    'residents.invite.bad_code': 'The invitation code is invalid or expired',
    'residents.invite.claimed': 'This resident already has a linked account',
    'residents.child.not_minor': "The children's council is for children under 18",
    'residents.child.consent_required': "Read and accept the guardian's consent",
    'residents.child.unknown': 'No such child is linked to you',
    'residents.verify_first': 'Verify your identity first',
    'residents.verified': 'Verified: welcome to the council of {community}',
    'residents.consent_text':
      "As guardian I agree that my child joins the community children's council as a child councillor, with me submitting or accompanying proposals, comments and votes; the platform shows no name, ID number or other personal data of the child; I may withdraw this consent at any time.",
  },
};
