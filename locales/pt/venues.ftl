## Lines each venue edition adds: its lead message, its wallet-card line, and the
## write-in fields staff fill in by hand. Keep names and numbers as { placeables }.

venue-clinic = Edição para clínicas
venue-school = Edição para escolas
venue-police = Edição para a polícia

## Clinic (GP, sexual health clinic): leads with confidentiality.

clinic-lead-heading = A sua consulta é confidencial
clinic-lead-body = Não diremos a ninguém que nos procurou por causa disto, nem o que nos contou, sem a sua autorização.
clinic-lead-exception = A única exceção é se estivermos preocupados com a possibilidade de você ou outra pessoa, como uma criança, correrem risco de sofrer danos graves (proteção, «safeguarding»).
# Wallet card, one short line.
clinic-card-lead = O que nos contar é confidencial. Podemos ajudar nos próximos passos.
clinic-write-in-heading = A sua clínica
write-in-clinic-contact = Contacto da clínica
write-in-clinic-phone = Telefone

## School: addressed to pupils under 18. Leads with telling a trusted adult or the member of
## staff responsible for safeguarding: in England the Designated Safeguarding Lead (DSL), in
## Wales the Designated Safeguarding Person (DSP, Welsh Government's "Keeping learners safe").
## Messages naming them select on $nation: `wales` for an output for Wales (a Welsh-language
## edition, or a venue in Wales), `england` (the default variant) otherwise. Keep both.

school-lead-heading = Conta a um adulto de confiança
school-lead-body = Não tens de lidar com isto sem ajuda. Conta a um adulto de confiança: a mãe, o pai ou quem cuida de ti, um professor ou o nosso responsável pela proteção dos alunos ({ $nation ->
        [wales] Designated Safeguarding Person, DSP
       *[england] Designated Safeguarding Lead, DSL
    }), a pessoa na escola cuja função é ajudar a manter os alunos em segurança.
school-lead-not-in-trouble = Pedir ajuda é a coisa certa a fazer. O { $nation ->
        [wales] DSP
       *[england] DSL
    } sabe o que fazer e pode fazer a denúncia por ti.
school-card-lead = Conta a um adulto de confiança ou ao nosso responsável pela proteção dos alunos ({ $nation ->
        [wales] DSP
       *[england] DSL
    }).
school-write-in-heading = Com quem falar na escola
write-in-dsl-name = Responsável pela proteção dos alunos ({ $nation ->
        [wales] DSP
       *[england] DSL
    })
write-in-dsl-room = Onde o encontrar

## Police station: leads with how to report. The write-in fields follow the Victims' Code
## (Right 3): a crime reference number and the officer's contact details.

police-lead-heading = Pode denunciar isto junto de nós
police-lead-body = Se alguém lhe fez ameaças, exerceu pressão sobre si, lhe fez chantagem ou partilhou as suas imagens sem o seu consentimento, pode denunciá-lo junto de nós, agora ou mais tarde.
# $non-emergency is 101; $crimestoppers-phone is Crimestoppers' number.
police-lead-how = Em caso de emergência, ligue { $emergency }. Caso contrário, ligue { $non-emergency }, faça a denúncia online através de { -police-uk } ou dirija-se a uma esquadra de polícia. Pode denunciar anonimamente através da organização { -crimestoppers }, pelo número { $crimestoppers-phone }.
# The Silent Solution: $silent-solution is 55.
police-lead-silent = Se ligar { $emergency } de um telemóvel e não puder falar, prima { $silent-solution } quando lhe for pedido (o sistema «Silent Solution»).
police-card-lead = Pode denunciar isto junto de nós. Guarde este cartão: tem o seu número de referência do crime e os dados do agente responsável.
police-write-in-heading = A sua denúncia
write-in-crime-reference = Número de referência do crime
# A 101 call gives an incident number, which is not the same thing. $non-emergency is 101.
write-in-crime-reference-hint = não é o número de incidente do { $non-emergency }
write-in-officer = Nome e número de identificação do agente
write-in-officer-contact = Contacto do agente
