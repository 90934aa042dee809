## The guide itself, faithful to shared/source/guide-en-GB.txt.
## Do not rewrite the advice. Service names ({ -revenge-porn-helpline } etc.) and numbers
## ({ $emergency } etc.) are filled in by leafpress from content/: keep them exactly as they are,
## never type a name, number or web address yourself.
## A message's `.lead` attribute is printed in bold before its text.

# Cover title. "…" is one character (U+2026). The subtitle completes the sentence.
guide-title = O que fazer se…
guide-subtitle = descobrir que alguém guardou fotografias íntimas que enviou na expectativa de que ficariam privadas

## Short answer

short-answer-heading = Em resumo
short-answer-body = Faça uma pausa e concentre-se na segurança: não negoceie, não ameace nem envie mais nada. Guarde um registo mínimo (sem voltar a partilhar as imagens) e procure apoio especializado para reduzir o risco de as fotografias serem partilhadas.
# Version for editions addressed to under-18s (school): a child must never be told to view,
# save or copy the image itself, not even to show an adult (UKCIS advice, March 2024). It is
# the only advice on the school wallet card (85 × 55 mm): keep it short and unambiguous.
short-answer-body-child = Faz uma pausa e concentra-te na segurança: não negoceies, não ameaces nem envies mais nada. Não vejas, não guardes, não copies nem partilhes as imagens — nem sequer para as mostrar a um adulto. Em vez disso, conta a um adulto de confiança e procura apoio especializado para reduzir o risco de as fotografias serem partilhadas.

## Do not do these things

do-not-heading = O que não fazer
do-not-send-more = Não envie mais imagens, «provas» nem outros dados pessoais para tentar resolver a situação.
do-not-agree-demands = Não aceite exigências (dinheiro, mais imagens, encontros) — muitas vezes, isso agrava a situação.
do-not-threaten = Não ameace a pessoa publicamente nem comece uma discussão pública; isso pode fazer com que as coisas se espalhem mais depressa e sejam mais difíceis de remover.
do-not-reread = Não fique a reler mensagens perturbadoras: faça as capturas de ecrã essenciais de que precisa e depois arquive, silencie ou oculte a conversa para não ter de olhar para ela.
# Under-18 version: no screenshots (they may capture the image); the adult helping them reports.
do-not-reread-child = Não fiques a reler mensagens perturbadoras: conta a um adulto de confiança e depois arquiva, silencia ou oculta a conversa para não teres de olhar para ela.
do-not-meet-alone = Não se encontre a sós com a pessoa para «resolver as coisas» se sentir qualquer intimidação, coação ou risco para a sua segurança.

## What to do now

do-now-heading = O que fazer agora
do-now-pause = Se esta pessoa estiver por perto ou se não se sentir em segurança, termine o contacto por agora e vá para um sítio onde se sinta fisicamente em segurança.
    .lead = Faça uma pausa num lugar mais calmo e seguro.
do-now-stop-flow = Parta do princípio de que tudo o que enviar pode ser guardado. Desative a opção «guardar automaticamente no rolo da câmara» nas aplicações de mensagens e não envie mais conteúdo íntimo a ninguém enquanto esta situação durar.
    .lead = Trave o fluxo de material novo.
do-now-evidence = Recolha o mínimo de provas (sem voltar a partilhar as imagens).
do-now-evidence-screenshot = Faça capturas de ecrã de mensagens, ameaças, nomes de utilizador, datas/horas e links.
do-now-evidence-timeline = Anote o que descobriu e quando (uma cronologia simples).
do-now-evidence-url = Se a imagem já estiver publicada em algum lado, copie o(s) URL(s) e anote o nome da conta.
# Police edition only: officers need the original material.
do-now-evidence-police = Traga-nos o que tem: o telemóvel, as mensagens e os links.
    .lead = Não apague nada.
# Under-18 editions replace the evidence steps above (UKCIS advice, March 2024).
do-now-evidence-child = Faz um registo, mas sem a imagem.
do-now-evidence-child-dont-save = Não vejas, não copies, não reencaminhes nem guardes a imagem ou o vídeo em si — nem sequer para mostrar a um adulto ou para fazer uma denúncia.
do-now-evidence-child-timeline = Anota o que aconteceu e quando (uma cronologia simples).
do-now-evidence-child-where = Anota onde a imagem foi publicada (a aplicação ou o site e o nome da conta), sem voltares a abri-la.
do-now-takedown = Se achar provável que as imagens sejam partilhadas (ou se já tiverem sido), recorra a ajuda especializada para as remover.
do-now-takedown-helpline = Se tiver 18 anos ou mais, contacte a linha de apoio { -revenge-porn-helpline } para obter apoio prático e confidencial (incluindo orientação sobre a remoção de conteúdos).
do-now-takedown-stopncii = Considere o serviço { -stopncii }: cria uma «impressão digital» eletrónica (hash) da sua imagem/vídeo e partilha esse hash com as plataformas participantes para ajudar a detetar/remover carregamentos correspondentes. (Não remove o conteúdo em todo o lado, mas pode ajudar a reduzir novos carregamentos nos serviços participantes.)
do-now-report = Se houver ameaças, coação, perseguição (stalking), chantagem ou partilha sem consentimento, denuncie.
# $emergency is the UK emergency number (999), filled in by leafpress.
do-now-report-danger = Se estiver em perigo imediato, ligue { $emergency }.
do-now-report-police = Caso contrário, denuncie à polícia da sua área (incluindo através da denúncia online). Também pode denunciar anonimamente através da organização { -crimestoppers }.
do-now-under-18 = Se tiver menos de 18 anos (ou se alguém nas imagens tiver menos de 18 anos), trate isto como uma questão de proteção de crianças.
do-now-under-18-ceop = Faça uma denúncia ao { -ceop }.
do-now-under-18-report-remove = Se houver online uma imagem ou um vídeo de um jovem e quiser ajuda para remover esse conteúdo, o serviço { -report-remove } da organização { -childline } (gerido em conjunto com a organização { -internet-watch-foundation }) pode ajudar.
do-now-accounts = Faça uma verificação rápida da segurança das suas contas (para limitar mais acessos).
do-now-accounts-password = Mude primeiro a palavra-passe do seu e-mail e depois as das principais contas de redes sociais.
do-now-accounts-2fa = Ative a autenticação de dois fatores.
do-now-accounts-sessions = Verifique as «sessões/dispositivos ativos» e termine sessão em tudo o que não reconhecer.
do-now-accounts-why = Isto é especialmente importante se a pessoa teve acesso ao seu telemóvel, às suas contas ou ao seu armazenamento na nuvem.
do-now-tell-someone = Escolha uma pessoa serena que possa ajudar a seguir os passos (amigo ou amiga, familiar, técnico de apoio). Peça-lhe que se sente ao seu lado enquanto faz as primeiras chamadas/denúncias.
    .lead = Conte a uma pessoa segura.
# Under-18 version of the step above.
do-now-tell-adult = Escolhe alguém em quem confies: a mãe, o pai ou quem cuida de ti, um professor ou o responsável pela proteção dos alunos da escola ({ $nation ->
        [wales] Designated Safeguarding Person
       *[england] Designated Safeguarding Lead
    }). Pede-lhe que se sente ao teu lado enquanto fazes as primeiras chamadas/denúncias.
    .lead = Conta a um adulto de confiança.

## What can wait

can-wait-heading = O que pode esperar
can-wait-decide = Não precisa de decidir já se vai confrontar a pessoa, «perdoá-la» ou terminar a relação.
can-wait-confront = Se não houver ameaças e nada tiver sido partilhado, não tem de ter um grande confronto hoje. Mais tarde, um único limite, calmo e por escrito (por exemplo, «Apaga todas as cópias e não as partilhes»), pode ser suficiente — e depois disso pode deixar de interagir.
can-wait-details = Não precisa de reunir todos os pormenores antes de contactar um serviço de apoio; algumas capturas de ecrã essenciais e uma cronologia curta são suficientes.
# Under-18 version: no screenshots.
can-wait-details-child = Não precisas de reunir todos os pormenores antes de pedir ajuda; basta contares a um adulto o que aconteceu e quando.

## Closing notes

reassurance-heading = Uma garantia importante
reassurance-body = Sentir choque, sentir que a sua intimidade foi violada ou sentir pânico é uma reação normal. Quando alguém guarda imagens íntimas ou ameaça partilhá-las, isso pode ser usado para exercer controlo sobre si — não está a exagerar e não tem de lidar com isto sem ajuda.
scope-heading = Sobre este guia
scope-body = Estes são os primeiros passos para estabilizar a situação, reduzir o risco imediato e estabelecer contacto com apoio especializado. As decisões posteriores (medidas legais, questões no trabalho/na escola, planeamento da segurança a longo prazo) podem ficar para quando as coisas estiverem mais calmas.
legal-note-heading = Nota importante
legal-note-body = Este guia fornece informação geral sobre os primeiros passos e não constitui aconselhamento jurídico nem substitui o apoio profissional. Se estiver em perigo imediato, ligue { $emergency }.
